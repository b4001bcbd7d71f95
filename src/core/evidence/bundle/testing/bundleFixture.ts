/**
 * Test support, not used by the app: valid and hand-made case bundles for the import tests.
 * The SHA-256 function is passed in (node:crypto in the tests), so this stays pure.
 */
import { emptyUserLayer, type UserLayer } from '../../../user/schema';
import { BundleWriter } from '../bundleWriter';
import { rawZip, type RawEntry } from './rawZip';

export const CASE_ID = 'japan-trump';

export type Sha256 = (bytes: Uint8Array) => string;

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A valid bundle of `layer` with the given documents and notes. */
export function validBundle(
  sha256: Sha256,
  layer: UserLayer = emptyUserLayer(CASE_ID),
  documents: Readonly<Record<string, string>> = {},
  notes: Readonly<Record<string, string>> = {},
): Uint8Array {
  const writer = new BundleWriter(
    { caseId: layer.caseId, createdAt: '2025-06-01T10:00:00.000Z', appVersion: '0.1.0' },
    sha256,
  );
  writer.add('user.json', utf8(JSON.stringify(layer)));
  for (const [id, text] of Object.entries(documents)) writer.add(`documents/${id}.txt`, utf8(text));
  for (const [id, text] of Object.entries(notes)) writer.add(`notes/${id}.md`, utf8(text));
  return writer.finish();
}

export interface ManifestOverrides {
  readonly schemaVersion?: unknown;
  readonly format?: unknown;
  readonly caseId?: string;
  /** Entries to leave out of the manifest's list. */
  readonly unlisted?: readonly string[];
  /** Entries listed with a wrong SHA-256. */
  readonly wrongHash?: readonly string[];
}

/** A bundle of hand-made entries with a manifest listing them (as `overrides` say). */
export function handMadeBundle(
  sha256: Sha256,
  entries: readonly RawEntry[],
  overrides: ManifestOverrides = {},
  withManifest = true,
): Uint8Array {
  const listed = entries
    .filter((e) => !(overrides.unlisted ?? []).includes(e.name))
    .map((e) => ({
      name: e.name,
      bytes: e.declaredSize ?? e.data.length,
      sha256: (overrides.wrongHash ?? []).includes(e.name) ? '0'.repeat(64) : sha256(e.data),
    }));
  const manifest = {
    format: 'format' in overrides ? overrides.format : 'diptych-case-bundle',
    schemaVersion: 'schemaVersion' in overrides ? overrides.schemaVersion : 1,
    caseId: overrides.caseId ?? CASE_ID,
    createdAt: '2025-06-01T10:00:00.000Z',
    app: { name: 'Diptych', version: '0.1.0' },
    entries: listed,
  };
  const all = withManifest
    ? [{ name: 'manifest.json', data: utf8(JSON.stringify(manifest)) }, ...entries]
    : entries;
  return rawZip(all);
}

export const userJsonEntry = (layer: UserLayer = emptyUserLayer(CASE_ID)): RawEntry => ({
  name: 'user.json',
  data: utf8(JSON.stringify(layer)),
});
