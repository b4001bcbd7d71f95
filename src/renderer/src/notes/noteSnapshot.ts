/** What one open note shows and how it saves, as a `NoteSession` publishes it to the editor. */
import type { DiptychApi } from '../../../core/api/contract';
import type { RecoveryStore } from './recoveryCopies';

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

export interface NoteSessionOptions {
  readonly debounceMs?: number;
  readonly maxWaitMs?: number;
  readonly retryMs?: number;
  /** Called after each successful save (the notes index refreshes). */
  readonly onSaved?: () => void;
  /** Keeps a copy of text not yet on disk outside the workspace. */
  readonly recovery?: RecoveryStore;
}
