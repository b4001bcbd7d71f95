/**
 * Replaces a file atomically and durably: a temp file beside it, every byte written, fsync,
 * rename over the target, fsync of the folder.
 *
 * Why not write-file-atomic: it issues a single write(2) and renames whatever landed. On a disk
 * that fills up mid-write the kernel returns a short count instead of an error, so a truncated
 * temp file is renamed over the good note (reproduced on a 64 KB tmpfs with a 200 KB note).
 * FileHandle.writeFile loops until every byte is written, so the next write reports ENOSPC, and
 * the size is checked again before the rename.
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** The signature of the write a NoteStore uses; tests inject failures through it. */
export type WriteFileFn = (file: string, bytes: Uint8Array) => Promise<void>;

/** Temp files this process is writing right now: never removed as stale. */
const inFlight = new Set<string>();

/**
 * The temp file for `file`: hidden (dot-prefixed, so other editors and `git status` mostly skip
 * it) and named after the writing process, so a leftover of a killed writer can be recognised.
 */
export function tempNameFor(file: string): string {
  const name = `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(file), name);
}

/** Whether this process is writing `temp` right now. */
export function isOwnTempInFlight(temp: string): boolean {
  return inFlight.has(temp);
}

export const writeFileDurably: WriteFileFn = async (file, bytes) => {
  const temp = tempNameFor(file);
  const mode = await stat(file).then(
    (info) => info.mode & 0o777,
    () => undefined,
  );
  inFlight.add(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    const written = (await handle.stat()).size;
    if (written !== bytes.byteLength) {
      throw Object.assign(new Error(`short write: ${written} of ${bytes.byteLength} bytes`), {
        code: 'EIO',
      });
    }
    await handle.close();
    handle = undefined;
    // open() applies the umask; an existing note keeps the mode its owner gave it.
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temp);
  }
  await fsyncDirectory(path.dirname(file));
};

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
