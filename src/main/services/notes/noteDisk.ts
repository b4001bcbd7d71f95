/** Reading a note file as the store sees it: absent, UTF-8 text with its revision, or unreadable. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export type NoteRevision = string;
export const ABSENT = 'absent';

export type DiskState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'text'; readonly text: string; readonly revision: NoteRevision }
  | {
      readonly kind: 'unreadable';
      readonly message: string;
      /** A change marker for the watcher: the bytes' hash, or a hash of the error. */
      readonly revision: NoteRevision;
    };

export function revisionOf(bytes: Uint8Array | string): NoteRevision {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

// ignoreBOM keeps a byte-order mark in the text, so a note round-trips byte for byte.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readDisk(file: string): Promise<DiskState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: something that is not a folder stands where the note's folder would be.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    const message = readErrorMessage(code);
    return { kind: 'unreadable', message, revision: revisionOf(`unreadable:${message}`) };
  }
  const revision = revisionOf(bytes);
  try {
    return { kind: 'text', text: utf8.decode(bytes), revision };
  } catch {
    return { kind: 'unreadable', message: 'it is not valid UTF-8 text', revision };
  }
}

/** The revision a watcher compares: 'absent' for no file. */
export function diskRevision(state: DiskState): NoteRevision {
  return state.kind === 'absent' ? ABSENT : state.revision;
}

function readErrorMessage(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return `read error ${code ?? ''}`.trim();
  }
}
