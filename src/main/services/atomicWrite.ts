/**
 * Atomic file writes: a temp file in the same folder, fsync, rename over the target, then fsync
 * of the folder so the rename itself survives a power cut. write-file-atomic does the first three;
 * it does not fsync the folder, so that step is ours.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  await writeFileAtomic(file, data, { fsync: true });
  await fsyncDirectory(path.dirname(file));
}

/** Flushes a folder's entries (renames, creations) to disk. Not supported on Windows: skipped there. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
