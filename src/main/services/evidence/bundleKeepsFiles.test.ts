/**
 * An import over a documents folder that holds the user's own files, on real temp folders: a
 * PDF, a subfolder, an orphan text survive byte for byte; the one file the bundle replaces is
 * in the backup, which reads back from disk; a backup that does not read back stops the import.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runImportScenario } from '../drill/importScenario';
import { writeFileDurably } from '../durableWrite';
import { CASE_ID, evidenceWorkspace } from './testing/evidenceWorkspace';

it('an import keeps every file it did not bring, and backs up the one it replaces', async () => {
  const { lost, notBackedUp, backupEntries } = await runImportScenario();
  expect(lost).toEqual([]);
  expect(notBackedUp).toEqual([]);
  expect(backupEntries).toEqual(
    expect.arrayContaining(['manifest.json', 'user.json', expect.stringMatching(/^notes\//)]),
  );
});

it('an import whose backup does not read back as written changes nothing', async () => {
  const a = await evidenceWorkspace();
  // A disk that loses a byte: the backup's archive lands with one byte changed.
  const b = await evidenceWorkspace({
    backupWrite: async (file, bytes) => {
      const damaged = Buffer.from(bytes);
      damaged[60] = damaged[60]! ^ 0xff;
      await writeFileDurably(file, damaged);
    },
  });
  try {
    const source = b.builtIn.sources[0]!.id;
    await a.api.attachDocument(CASE_ID, source, 'a.txt', Buffer.from('A text.').toString('base64'));
    await b.api.attachDocument(CASE_ID, source, 'b.txt', Buffer.from('B text.').toString('base64'));
    const before = await caseTree(b.root);
    const exported = await a.api.exportBundle(CASE_ID);
    if (exported.status !== 'done') throw new Error('the export was cancelled');
    await expect(b.api.importBundle(exported.contentBase64, 'a.zip')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(
        /^The backup exports\/.* did not read back .*nothing was imported\.$/,
      ),
    });
    expect(await caseTree(b.root)).toEqual(before);
  } finally {
    await a.cleanup();
    await b.cleanup();
  }
});

/** Every file under cases/ and notes/, path → content. */
async function caseTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const top of ['cases', 'notes']) {
    const names = await readdir(path.join(root, top), { recursive: true }).catch(() => []);
    for (const name of names) {
      const file = path.join(root, top, name);
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes) out[`${top}/${name}`] = bytes.toString('hex');
    }
  }
  return out;
}
