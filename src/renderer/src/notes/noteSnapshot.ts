/**
 * What one open note shows, as plain data, and the pure steps that move it from one state to the
 * next; `NoteSession` owns the effects (reads, writes, timers) and applies these.
 */
import type { DiptychApi } from '../../../core/api/contract';

export type NoteApi = Pick<
  DiptychApi,
  'readNote' | 'writeNote' | 'keepNoteCopy' | 'onNoteChangedOnDisk'
>;

/** What the editor holds; CodeMirror's immutable `Text` is one, so no copy is made per keystroke. */
export interface TextSource {
  toString(): string;
}

export type NotePhase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unreadable'; readonly file: string; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'error'; readonly message: string };

export interface NoteConflict {
  /** The editor's text, which could not be saved over the file. */
  readonly mine: string;
  /** The file's text now; null when the file was deleted. */
  readonly disk: string | null;
  readonly diskRevision: string;
  /** A choice is being carried out. */
  readonly busy: boolean;
}

export interface NoteSnapshot {
  readonly phase: NotePhase;
  /** The text the editor must show; replaced on load, reload and resolution (see `textVersion`). */
  readonly text: string;
  /** Increases whenever `text` replaces what the editor holds. */
  readonly textVersion: number;
  readonly save: SaveState;
  readonly conflict: NoteConflict | null;
  /** Where the version set aside in the last conflict was kept. */
  readonly notice: string | null;
  /**
   * Text kept from a session that ended before it was saved, differing from the file: offered
   * beside the file's text until the user restores or discards it.
   */
  readonly recovered: string | null;
}

/** A note before its file has been read. */
export const LOADING_NOTE: NoteSnapshot = {
  phase: { kind: 'loading' },
  text: '',
  textVersion: 0,
  save: { kind: 'saved' },
  conflict: null,
  notice: null,
  recovered: null,
};

/** `text` shown as the saved state of the note, replacing what the editor holds. */
export function adopted(
  state: NoteSnapshot,
  text: string,
  notice: string | null,
): Partial<NoteSnapshot> {
  return {
    phase: { kind: 'ready' },
    text,
    textVersion: state.textVersion + 1,
    save: { kind: 'saved' },
    conflict: null,
    notice,
  };
}

/** The editor's text and the file's both changed: the user must choose. */
export function conflicted(
  mine: string,
  disk: string | null,
  diskRevision: string,
): Partial<NoteSnapshot> {
  return { conflict: { mine, disk, diskRevision, busy: false } };
}

/** The file cannot be read: the editor keeps its text, read-only. */
export function unreadable(file: string, message: string): Partial<NoteSnapshot> {
  return { phase: { kind: 'unreadable', file, message } };
}

/** A choice between the editor's text and the file's is being carried out, or failed. */
export function resolving(conflict: NoteConflict, busy: boolean): Partial<NoteSnapshot> {
  return { conflict: { ...conflict, busy } };
}

/** The words of a failure, for the status line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
