/**
 * Reads a user layer of any version this Diptych knows and returns it as the current version.
 * Version 1 held verdicts only; it reads as version 2 with every list of own items empty.
 * Nothing here writes: a migrated layer reaches disk only with the user's next change.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import { jsonPath } from '../case/problem';
import { USER_LAYER_SCHEMA_VERSION, UserLayer, VerdictEntry, emptyUserLayer } from './schema';

/** The user layer as version 1 wrote it. */
export const UserLayerV1 = z.strictObject({
  schemaVersion: z.literal(1),
  caseId: Id,
  verdicts: z.array(VerdictEntry),
});
export type UserLayerV1 = z.infer<typeof UserLayerV1>;

export const READABLE_USER_LAYER_VERSIONS: readonly number[] = [1, USER_LAYER_SCHEMA_VERSION];

export type UserLayerParse =
  | { readonly ok: true; readonly layer: UserLayer; readonly migratedFrom?: number }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Version 1 → 2: the same verdicts, no own items yet. */
export function migrateV1(v1: UserLayerV1): UserLayer {
  return { ...emptyUserLayer(v1.caseId), verdicts: v1.verdicts };
}

/** Parses a user layer's JSON value; a problem names the JSON path and what is wrong. */
export function parseUserLayer(raw: unknown): UserLayerParse {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === 1) {
    const v1 = UserLayerV1.safeParse(raw);
    if (!v1.success) return problem(v1.error);
    return { ok: true, layer: migrateV1(v1.data), migratedFrom: 1 };
  }
  if (version !== USER_LAYER_SCHEMA_VERSION) {
    return {
      ok: false,
      path: '$.schemaVersion',
      message: `expected ${USER_LAYER_SCHEMA_VERSION} (or 1, which is read and upgraded), found ${JSON.stringify(version) ?? 'nothing'}`,
    };
  }
  const parsed = UserLayer.safeParse(raw);
  return parsed.success ? { ok: true, layer: parsed.data } : problem(parsed.error);
}

function problem(error: z.ZodError): UserLayerParse {
  const issue = error.issues[0]!;
  return { ok: false, path: jsonPath(issue.path), message: issue.message };
}
