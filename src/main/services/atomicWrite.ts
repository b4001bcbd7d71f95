/**
 * Atomic, durable file writes for everything Diptych stores: a temp file in the same folder,
 * every byte written and checked, fsync, rename over the target, then fsync of the folder so the
 * rename itself survives a power cut. See durableWrite.ts for why this is not write-file-atomic.
 */
import { writeFileDurably } from './durableWrite';

export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileDurably(file, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

export { fsyncDirectory } from './durableWrite';
