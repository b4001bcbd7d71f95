/**
 * One open note: what the editor shows, whether it is saved, and what happens when the file
 * changes under it. No React and no DOM here, so every rule can be tested on its own.
 *
 * Rules: edits are saved ~600 ms after the last keystroke (and at least every 2 s while typing);
 * a failed save keeps the text, says why, and retries on the next keystroke, on Retry and every
 * 5 s; a save never overwrites a file that changed since it was read: the user chooses between
 * the two versions, and the one not chosen is kept beside the note as a `.conflict-…md` file.
 */
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

const ABSENT = 'absent';

export class NoteSession {
  private state: NoteSnapshot = {
    phase: { kind: 'loading' },
    text: '',
    textVersion: 0,
    save: { kind: 'saved' },
    conflict: null,
    notice: null,
    recovered: null,
  };
  private base = ABSENT;
  private latest: TextSource | null = null;
  private edits = 0;
  private savedEdits = 0;
  private inFlight: Promise<void> | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setInterval> | undefined;
  private checking: Promise<void> | null = null;
  private checkAgain = false;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly api: NoteApi,
    readonly caseId: string,
    readonly issueId: string,
    private readonly options: NoteSessionOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 600;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.retryMs = options.retryMs ?? 5000;
    this.unsubscribe = api.onNoteChangedOnDisk((change) => {
      if (change.caseId !== caseId || change.issueId !== issueId) return;
      if (change.revision === this.base && this.state.phase.kind === 'ready') return;
      void this.checkDisk();
    });
  }

  getSnapshot = (): NoteSnapshot => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Whether everything the user typed is on disk. */
  get isClean(): boolean {
    return this.edits === this.savedEdits && this.state.conflict === null;
  }

  /** The text the editor holds now, for an editor that mounts again (an issue revisited). */
  currentText(): string {
    return this.latest === null ? this.state.text : this.latest.toString();
  }

  /** "Try again" after a failed or unreadable read; never drops unsaved edits. */
  reload(): Promise<void> {
    return this.edits === this.savedEdits ? this.load() : this.checkDisk();
  }

  /** Reads the note. */
  async load(): Promise<void> {
    this.set({ phase: { kind: 'loading' } });
    try {
      const read = await this.api.readNote(this.caseId, this.issueId);
      if (read.status === 'unreadable') {
        this.set({ phase: { kind: 'unreadable', file: read.file, message: read.message } });
        return;
      }
      this.adopt(read.text, read.revision);
      this.offerRecovery(read.text);
    } catch (error) {
      this.set({ phase: { kind: 'failed', message: messageOf(error) } });
    }
  }

  /** Puts the recovered text in the editor as an edit, so it is saved like typing. */
  restoreRecovered(): void {
    const text = this.state.recovered;
    if (text === null) return;
    this.set({ recovered: null, text, textVersion: this.state.textVersion + 1 });
    this.edit(text);
    void this.flush();
  }

  /** Drops the recovered text; the file's text stays as it is. */
  discardRecovered(): void {
    if (this.state.recovered === null) return;
    this.options.recovery?.clear();
    this.set({ recovered: null });
  }

  /** Keeps a recovery copy of unsaved text now (the page is going away). */
  keepRecoveryNow(): void {
    if (!this.isClean && this.state.recovered === null) {
      this.options.recovery?.keep(this.currentText());
    }
  }

  /** The editor's text changed by the user's hand. */
  edit(text: TextSource): void {
    if (!this.editable) return;
    this.latest = text;
    this.edits += 1;
    if (this.state.save.kind !== 'saving' && this.state.save.kind !== 'error') {
      this.set({ save: { kind: 'dirty' } });
    }
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), this.debounceMs);
    this.maxWait ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** Whether the editor may change the text now (not while a recovered text awaits a choice). */
  get editable(): boolean {
    return (
      this.state.phase.kind === 'ready' &&
      this.state.conflict === null &&
      this.state.recovered === null
    );
  }

  /** Saves now whatever is pending; resolves when it is on disk or has failed. */
  async flush(): Promise<void> {
    this.clearTimers();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.isClean || !this.editable || this.latest === null) return;
      this.inFlight = this.writeOnce().finally(() => {
        this.inFlight = null;
      });
      await this.inFlight;
      if (this.state.save.kind === 'error' || this.state.conflict) return;
    }
  }

  /** Keeps the editor's text: the file's version is kept aside, then overwritten. */
  async keepMine(): Promise<void> {
    const conflict = this.state.conflict;
    if (!conflict || conflict.busy) return;
    this.set({ conflict: { ...conflict, busy: true } });
    try {
      let notice: string | null = null;
      if (
        conflict.disk !== null &&
        conflict.disk.trim() !== '' &&
        conflict.disk !== conflict.mine
      ) {
        const { file } = await this.api.keepNoteCopy(this.caseId, this.issueId, conflict.disk);
        notice = `The file's version was kept as ${file}.`;
      }
      const edits = this.edits;
      const result = await this.api.writeNote(
        this.caseId,
        this.issueId,
        conflict.mine,
        conflict.diskRevision,
      );
      if (result.status === 'saved') {
        this.base = result.revision;
        this.savedEdits = edits;
        this.stopRetrying();
        if (this.edits === edits) this.options.recovery?.clear();
        this.set({ conflict: null, save: { kind: 'saved' }, notice });
        this.options.onSaved?.();
      } else {
        // Changed again meanwhile: the same choice, against the newest version.
        this.set({
          conflict: {
            mine: conflict.mine,
            disk: result.diskText,
            diskRevision: result.diskRevision,
            busy: false,
          },
          notice,
        });
      }
    } catch (error) {
      this.set({
        conflict: { ...conflict, busy: false },
        save: { kind: 'error', message: messageOf(error) },
      });
    }
  }

  /** Takes the file's version: the editor's text is kept aside first, then replaced. */
  async useDisk(): Promise<void> {
    const conflict = this.state.conflict;
    if (!conflict || conflict.busy) return;
    this.set({ conflict: { ...conflict, busy: true } });
    try {
      let notice: string | null = null;
      if (conflict.mine.trim() !== '' && conflict.mine !== conflict.disk) {
        const { file } = await this.api.keepNoteCopy(this.caseId, this.issueId, conflict.mine);
        notice = `Your version was kept as ${file}.`;
      }
      this.adopt(conflict.disk ?? '', conflict.diskRevision, notice);
    } catch (error) {
      this.set({
        conflict: { ...conflict, busy: false },
        save: {
          kind: 'error',
          message: `Your version could not be kept aside, so nothing was replaced. ${messageOf(error)}`,
        },
      });
    }
  }

  /** Retry a failed save now (the Retry button). */
  retryNow(): void {
    if (this.state.save.kind === 'error' && this.state.conflict === null) void this.flush();
  }

  /** Saves what is pending and stops listening. */
  async dispose(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.clearTimers();
    this.stopRetrying();
    this.unsubscribe();
    this.listeners.clear();
  }

  private async writeOnce(): Promise<void> {
    const edits = this.edits;
    const text = (this.latest ?? '').toString();
    this.options.recovery?.keep(text);
    this.set({ save: { kind: 'saving' } });
    try {
      const result = await this.api.writeNote(this.caseId, this.issueId, text, this.base);
      if (result.status === 'saved') {
        this.saved(result.revision, edits);
      } else if (result.diskText === text) {
        this.saved(result.diskRevision, edits);
      } else {
        this.enterConflict(result.diskText, result.diskRevision);
      }
    } catch (error) {
      this.set({ save: { kind: 'error', message: messageOf(error) } });
      this.retry ??= setInterval(() => void this.flush(), this.retryMs);
    }
  }

  private saved(revision: string, edits: number): void {
    this.base = revision;
    this.savedEdits = edits;
    this.stopRetrying();
    if (this.edits === edits) this.options.recovery?.clear();
    this.set({ save: { kind: this.edits === edits ? 'saved' : 'dirty' } });
    this.options.onSaved?.();
  }

  private enterConflict(disk: string | null, diskRevision: string): void {
    this.clearTimers();
    this.stopRetrying();
    const mine = (this.latest ?? '').toString();
    this.set({ conflict: { mine, disk, diskRevision, busy: false }, save: { kind: 'dirty' } });
  }

  /** The file changed on disk: reload it, or, with unsaved edits, offer the choice. */
  private checkDisk(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.checkAgain = false;
        await this.compareWithDisk();
      } while (this.checkAgain);
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async compareWithDisk(): Promise<void> {
    if (this.state.phase.kind === 'loading' || this.state.conflict?.busy) return;
    while (this.inFlight) await this.inFlight;
    let read;
    try {
      read = await this.api.readNote(this.caseId, this.issueId);
    } catch {
      return; // The host is unreachable; a later save or event will try again.
    }
    if (read.status === 'unreadable') {
      // The editor keeps its text (read-only); nothing is written over the file.
      this.clearTimers();
      this.set({ phase: { kind: 'unreadable', file: read.file, message: read.message } });
      return;
    }
    const clean = this.edits === this.savedEdits;
    if (read.revision === this.base && this.state.phase.kind === 'ready') return;
    if (clean && this.state.conflict === null) {
      this.adopt(read.text, read.revision);
    } else if (this.latest !== null && this.latest.toString() === read.text) {
      this.base = read.revision;
      this.savedEdits = this.edits;
      this.set({ phase: { kind: 'ready' }, conflict: null, save: { kind: 'saved' } });
    } else {
      this.set({ phase: { kind: 'ready' } });
      this.enterConflict(
        read.status === 'ok' && read.revision === ABSENT ? null : read.text,
        read.revision,
      );
    }
  }

  /** Shows `text` as the saved state of the note. */
  private adopt(text: string, revision: string, notice: string | null = null): void {
    this.clearTimers();
    this.stopRetrying();
    this.base = revision;
    this.latest = null;
    this.savedEdits = this.edits;
    this.set({
      phase: { kind: 'ready' },
      text,
      textVersion: this.state.textVersion + 1,
      save: { kind: 'saved' },
      conflict: null,
      notice,
    });
  }

  private offerRecovery(diskText: string): void {
    const copy = this.options.recovery?.read() ?? null;
    if (copy === null) return;
    if (copy === diskText) this.options.recovery?.clear();
    else this.set({ recovered: copy });
  }

  private clearTimers(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = undefined;
    this.maxWait = undefined;
  }

  private stopRetrying(): void {
    clearInterval(this.retry);
    this.retry = undefined;
  }

  private set(patch: Partial<NoteSnapshot>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
