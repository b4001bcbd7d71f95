/**
 * Reads a user layer of any version this Diptych knows and returns it as the current version.
 * Version 1 held verdicts only; version 2 added own items; version 3 keys each verdict by the
 * ordered pair of periods it compares and keeps its history. Nothing here writes: a migrated
 * layer reaches disk only with the user's next change.
 */
import { type z } from 'zod';
import { jsonPath } from '../case/problem';
import { UserLayerV1, UserLayerV2, type VerdictEntryV2 } from './legacy';
import { USER_LAYER_SCHEMA_VERSION, UserLayer, emptyUserLayer } from './schema';
import { noOwnItems } from './items';
import {
  MAX_VERDICT_CHANGES,
  verdictKey,
  type VerdictChange,
  type VerdictEntry,
  type VerdictHistory,
} from './verdict';

export const READABLE_USER_LAYER_VERSIONS: readonly number[] = [1, 2, USER_LAYER_SCHEMA_VERSION];

export type UserLayerParse =
  | { readonly ok: true; readonly layer: UserLayer; readonly migratedFrom?: number }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Version 1 → 2: the same verdicts, no own items yet. */
export function migrateV1(v1: UserLayerV1): UserLayerV2 {
  return {
    schemaVersion: 2,
    caseId: v1.caseId,
    verdicts: v1.verdicts,
    ...noOwnItems(),
  };
}

/**
 * Version 2 → 3. A verdict goes to the pair its panes showed, first pane → second pane. One
 * given with three panes goes to the first adjacent pair (what the verdict column judges with
 * three panes) and its change keeps all three periods as `shownWith`. Each verdict becomes the
 * first change of its history. Should two verdicts land on one row and pair (a hand-edited
 * file), the later is current and both stay in the history.
 */
export function migrateV2(v2: UserLayerV2): UserLayer {
  const groups = new Map<string, VerdictEntryV2[]>();
  for (const v of v2.verdicts) {
    const key = verdictKey(v.issue, v.dimension, pairOf(v.comparison));
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  const verdicts: VerdictEntry[] = [];
  const verdictHistory: VerdictHistory[] = [];
  for (const group of groups.values()) {
    // Stable: verdicts saved at the same instant keep their order in the file.
    const inTime = [...group].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    const latest = inTime[inTime.length - 1]!;
    const where = { issue: latest.issue, dimension: latest.dimension };
    const pair = pairOf(latest.comparison);
    verdicts.push({
      ...where,
      pair,
      verdict: latest.verdict,
      rationale: latest.rationale,
      updatedAt: latest.updatedAt,
    });
    const changes = inTime.map(changeOf).slice(-MAX_VERDICT_CHANGES);
    verdictHistory.push({ ...where, pair, changes });
  }
  const { schemaVersion: _v, verdicts: _old, ...items } = v2;
  return {
    ...emptyUserLayer(v2.caseId),
    ...items,
    schemaVersion: USER_LAYER_SCHEMA_VERSION,
    verdicts,
    verdictHistory,
  };
}

function pairOf(comparison: readonly string[]): { from: string; to: string } {
  return { from: comparison[0]!, to: comparison[1]! };
}

function changeOf(v: VerdictEntryV2): VerdictChange {
  return {
    verdict: v.verdict,
    ...(v.rationale === '' ? {} : { rationale: v.rationale }),
    at: v.updatedAt,
    ...(v.comparison.length > 2 ? { shownWith: [...v.comparison] } : {}),
  };
}

/** Parses a user layer's JSON value; a problem names the JSON path and what is wrong. */
export function parseUserLayer(raw: unknown): UserLayerParse {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === 1) {
    const v1 = UserLayerV1.safeParse(raw);
    if (!v1.success) return problem(v1.error);
    return upgraded(migrateV2(migrateV1(v1.data)), 1);
  }
  if (version === 2) {
    const v2 = UserLayerV2.safeParse(raw);
    if (!v2.success) return problem(v2.error);
    return upgraded(migrateV2(v2.data), 2);
  }
  if (version !== USER_LAYER_SCHEMA_VERSION) {
    return {
      ok: false,
      path: '$.schemaVersion',
      message: `expected ${USER_LAYER_SCHEMA_VERSION} (or 1 or 2, which are read and upgraded), found ${JSON.stringify(version) ?? 'nothing'}`,
    };
  }
  const parsed = UserLayer.safeParse(raw);
  return parsed.success ? { ok: true, layer: parsed.data } : problem(parsed.error);
}

/**
 * A migrated layer must be one this version can write; an old verdict that compared a period
 * with itself cannot be, so the file is reported (by its old place) rather than half-read.
 */
function upgraded(layer: UserLayer, from: number): UserLayerParse {
  const checked = UserLayer.safeParse(layer);
  if (checked.success) return { ok: true, layer: checked.data, migratedFrom: from };
  const issue = checked.error.issues[0]!;
  const where = issue.path[0] === 'verdicts' ? ' (in a verdict’s comparison)' : '';
  return {
    ok: false,
    path: jsonPath(issue.path),
    message: `version ${from} cannot be read as version ${USER_LAYER_SCHEMA_VERSION}${where}: ${issue.message}`,
  };
}

function problem(error: z.ZodError): UserLayerParse {
  const issue = error.issues[0]!;
  return { ok: false, path: jsonPath(issue.path), message: issue.message };
}
