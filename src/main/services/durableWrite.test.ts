/**
 * The durable write flushes both the file and its folder: observed on the real fs module by
 * wrapping FileHandle's sync and datasync (taken from a real handle), and telling the synced
 * handles apart by inode. Without either fsync a power cut could lose the note.
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { writeFileDurably } from './durableWrite';
import { Scratch } from './testing/scratch';

const scratch = new Scratch('diptych-durable-');
afterEach(async () => {
  vi.restoreAllMocks();
  await scratch.cleanup();
});

interface Synced {
  readonly ino: number;
  readonly isDirectory: boolean;
  readonly size: number;
}

/** Records every sync/datasync any FileHandle makes, with what it was a handle of. */
async function watchSyncs(dir: string): Promise<Synced[]> {
  const probe = await open(path.join(dir, '.probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const synced: Synced[] = [];
  for (const name of ['sync', 'datasync'] as const) {
    const real = proto[name];
    vi.spyOn(proto, name).mockImplementation(async function (this: FileHandle) {
      const info = await this.stat();
      synced.push({ ino: info.ino, isDirectory: info.isDirectory(), size: info.size });
      return real.call(this);
    });
  }
  return synced;
}

it('fsyncs the written file (all its bytes) and then its folder', async () => {
  const dir = await scratch.dir();
  const file = path.join(dir, 'trade.md');
  const bytes = Buffer.from('# Trade\n'.repeat(1000));
  const synced = await watchSyncs(dir);

  await writeFileDurably(file, bytes);

  expect(await readFile(file)).toEqual(bytes);
  const fileIno = (await stat(file)).ino;
  const dirIno = (await stat(dir)).ino;
  const fileSync = synced.findIndex((s) => s.ino === fileIno && s.size === bytes.length);
  const dirSync = synced.findIndex((s) => s.ino === dirIno && s.isDirectory);
  expect(fileSync, 'the file was not fsynced').not.toBe(-1);
  expect(dirSync, 'the folder was not fsynced').not.toBe(-1);
  expect(dirSync).toBeGreaterThan(fileSync);
});
