/**
 * An import over a documents folder that holds the user's own files, on real temp folders: a
 * PDF, a subfolder, an orphan text survive byte for byte; the one file the bundle replaces is
 * in the backup, which reads back from disk.
 */
import { expect, it } from 'vitest';
import { runImportScenario } from '../drill/importScenario';

it('an import keeps every file it did not bring, and backs up the one it replaces', async () => {
  const { lost, notBackedUp, backupEntries } = await runImportScenario();
  expect(lost).toEqual([]);
  expect(notBackedUp).toEqual([]);
  expect(backupEntries).toEqual(
    expect.arrayContaining(['manifest.json', 'user.json', expect.stringMatching(/^notes\//)]),
  );
});
