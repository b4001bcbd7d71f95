/**
 * The backup an import writes before it changes anything: `exports/<case>-before-import-<time>.zip`
 * holding user.json, every attached document's text and every note of the case as they were,
 * plus any other file the import is about to replace. The archive is read back from disk and
 * every entry compared by SHA-256 before the import may touch an old file.
 */
import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../core/api/errors';
import { BundleWriter } from '../../../core/evidence/bundle/bundleWriter';
import { MAX_BUNDLE_ENTRIES } from '../../../core/evidence/bundle/limits';
import { unpackEntry } from '../../../core/evidence/bundle/unpackEntry';
import { readZipDirectory } from '../../../core/evidence/bundle/zipDirectory';
import { parseUserLayer } from '../../../core/user/migrate';
import type { UserLayer } from '../../../core/user/schema';
import { sha256Hex } from './bundleExport';
import type { WriteFileFn } from '../durableWrite';
import type { CaseFiles } from './caseFiles';
import type { EvidenceContext } from './evidenceContext';

/** What the import will put in place: the ids whose files it replaces if they exist. */
export interface Replaced {
  readonly documents: ReadonlySet<string>;
  readonly notes: ReadonlySet<string>;
}

/** Writes and verifies the backup; its workspace path, or null when there was nothing. */
export async function backUp(
  ctx: EvidenceContext,
  caseId: string,
  current: CaseFiles,
  replaced: Replaced,
  /** How the archive is written; tests put a disk that loses bytes here. */
  write?: WriteFileFn,
): Promise<string | null> {
  if (current.userJson === undefined && current.documents.size === 0 && current.notes.size === 0)
    return null;
  const writer = new BundleWriter(
    { caseId, createdAt: ctx.now().toISOString(), appVersion: ctx.appVersion },
    sha256Hex,
  );
  const expected = new Map<string, string>();
  const add = (name: string, bytes: Uint8Array) => {
    writer.add(name, bytes);
    expected.set(name, sha256Hex(bytes));
  };
  // user.json as it was, even unreadable: the backup keeps the bytes, not an interpretation.
  if (current.userJson) add('user.json', current.userJson);
  const layer = current.userJson ? readable(current.userJson) : undefined;
  for (const [id, bytes] of current.documents) {
    // The texts user.json lists, and any other the import would replace: nothing it
    // overwrites is left out, even a text no layer lists.
    const listed = layer?.documents.some((d) => d.id === id) ?? true;
    if (listed || replaced.documents.has(id)) add(`documents/${id}.txt`, bytes);
  }
  for (const [id, bytes] of current.notes) add(`notes/${id}.md`, bytes);
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const file = ctx.workspace.dir('exports', `${caseId}-before-import-${stamp}.zip`);
  await ctx.workspace.writeFile(file, writer.finish(), {
    kept: 'Nothing was imported.',
    ...(write ? { write } : {}),
  });
  await verify(ctx, file, expected);
  return ctx.workspace.relative(file);
}

/** Reads the backup back from disk: every entry present, unpacked, with the bytes it was given. */
async function verify(
  ctx: EvidenceContext,
  file: string,
  expected: ReadonlyMap<string, string>,
): Promise<void> {
  const shown = ctx.workspace.relative(file);
  const fail = (why: string) =>
    new ApiError(
      'io',
      `The backup ${shown} did not read back (${why}); nothing was imported.`,
      shown,
    );
  const archive = new Uint8Array(await readFile(await ctx.workspace.real(file)));
  const directory = readZipDirectory(archive, MAX_BUNDLE_ENTRIES + 1);
  if (!directory.ok) throw fail(directory.message);
  const found = new Map(directory.entries.map((e) => [e.name, e]));
  for (const [name, sha256] of expected) {
    const entry = found.get(name);
    if (!entry) throw fail(`${name} is missing`);
    const unpacked = unpackEntry(archive, entry);
    if (!unpacked.ok) throw fail(`${name}: ${unpacked.message}`);
    if (sha256Hex(unpacked.bytes) !== sha256) throw fail(`${name} differs`);
  }
}

function readable(bytes: Buffer): UserLayer | undefined {
  try {
    const parsed = parseUserLayer(JSON.parse(bytes.toString('utf8')));
    return parsed.ok ? parsed.layer : undefined;
  } catch {
    return undefined;
  }
}
