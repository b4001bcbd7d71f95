/**
 * Leftover temp files of writers that died mid-write (a crash, a power cut, SIGKILL). The note
 * itself is intact (the rename never happened); only the half-written temp file remains.
 *
 * A temp file is named `.<issue>.md.<pid>.<8 hex>.tmp`. It is stale when the process with that
 * pid no longer exists, or when it is this process and the write is no longer in flight. A live
 * writer's temp file (another Diptych on the same workspace) is left alone.
 */
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isOwnTempInFlight } from '../durableWrite';

const TEMP_NAME = /^\.[a-z0-9][a-z0-9-]{0,79}\.md\.(\d{1,10})\.[0-9a-f]{8}\.tmp$/;

/** Whether `name` is a note temp file; returns the writer's pid if so. */
export function tempWriterPid(name: string): number | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the stale temp files in `dir`; returns the names removed. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempWriterPid(name);
    if (pid === undefined) continue;
    const full = path.join(dir, name);
    const stale = pid === process.pid ? !isOwnTempInFlight(full) : !isProcessAlive(pid);
    if (!stale) continue;
    try {
      await unlink(full);
      removed.push(name);
    } catch {
      // Already gone, or the folder is read-only: nothing to do now, try again next time.
    }
  }
  return removed;
}
