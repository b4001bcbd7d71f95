/**
 * A case bundle: one ZIP file holding a case's user layer, its attached documents and the
 * analyst's notes, so the work can move to another machine.
 *
 * ```
 * manifest.json              format, schemaVersion, case id, and every entry with size and SHA-256
 * user.json                  the user layer
 * documents/<id>.txt         attached documents' text
 * notes/<issue-id>.md        notes, one per issue
 * case.json                  the built-in case as exported, for reference; never imported
 * ```
 */
import { z } from 'zod';
import { Id } from '../../case/schema';
import { MAX_BUNDLE_ENTRIES, MAX_NAME_LENGTH } from './limits';

export const BUNDLE_FORMAT = 'diptych-case-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

export const BundleEntry = z.strictObject({
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/, 'must be a SHA-256 in lower-case hex'),
});
export type BundleEntry = z.infer<typeof BundleEntry>;

export const BundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  caseId: Id,
  caseTitle: z.string().max(200).optional(),
  createdAt: z.iso.datetime(),
  app: z.strictObject({ name: z.literal('Diptych'), version: z.string().max(40) }),
  entries: z.array(BundleEntry).max(MAX_BUNDLE_ENTRIES),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export type EntryKind = 'manifest' | 'user-layer' | 'case' | 'document' | 'note' | 'folder';

const DOCUMENT = /^documents\/(u-[a-z0-9][a-z0-9-]{0,77})\.txt$/;
const NOTE = /^notes\/([a-z0-9][a-z0-9-]{0,79})\.md$/;

/** What an entry name stands for in a bundle; `undefined` for a name a bundle never has. */
export function entryKind(name: string): EntryKind | undefined {
  if (name === MANIFEST_NAME) return 'manifest';
  if (name === 'user.json') return 'user-layer';
  if (name === 'case.json') return 'case';
  if (name === 'documents/' || name === 'notes/') return 'folder';
  if (DOCUMENT.test(name)) return 'document';
  if (NOTE.test(name)) return 'note';
  return undefined;
}

/** The id in `documents/<id>.txt` or `notes/<id>.md`. */
export function entryId(name: string): string | undefined {
  return (DOCUMENT.exec(name) ?? NOTE.exec(name))?.[1];
}

/**
 * Why an entry's name is unsafe to unpack anywhere, or `undefined` if it is a plain relative
 * path. Checked before the name is matched against the bundle's layout, so the message says
 * what is wrong ("climbs out of the bundle") rather than only "unknown entry".
 */
export function unsafeName(name: string): string | undefined {
  if (name.includes('\u0000')) return 'its name contains a NUL character';
  if (name.length > MAX_NAME_LENGTH) return `its name is longer than ${MAX_NAME_LENGTH} characters`;
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) return 'its name is an absolute path';
  const segments = name.split(/[/\\]/);
  if (segments.includes('..')) return 'its name climbs out of the bundle (..)';
  if (name.includes('\\')) return 'its name uses a backslash, which is not a ZIP path separator';
  if (segments.slice(0, -1).some((s) => s === '' || s === '.')) {
    return 'its name is not a plain relative path';
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0001-\u001f\u007f]/.test(name)) return 'its name contains a control character';
  return undefined;
}
