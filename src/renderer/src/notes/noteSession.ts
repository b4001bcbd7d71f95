/**
 * One open note: what the editor shows, whether it is saved, and what happens when the file
 * changes under it. No React and no DOM here, so every rule can be tested on its own; the states
 * and the conflict decisions are pure (`noteSnapshot`, `noteConflict`), this class owns the effects.
 *
 * Rules: edits are saved ~600 ms after the last keystroke (and at least every 2 s while typing);
 * a failed save keeps the text, says why, and retries on the next keystroke, on Retry and every
 * 5 s; a save never overwrites a file that changed since it was read: the user chooses between
 * the two versions, and the one not chosen is kept beside the note as a `.conflict-…md` file.
 */
import {
  decideOnDisk,
  resolveFailure,
  setAsideNotice,
  textToSetAside,
  type ConflictChoice,
} from './noteConflict';
import {
  LOADING_NOTE,
  adopted,
  conflicted,
  messageOf,
  resolving,
  unreadable,
  type NoteApi,
  type NoteConflict,
  type NoteSnapshot,
  type TextSource,
} from './noteSnapshot';
import type { RecoveryStore } from './recoveryCopies';
import { SaveTimers, type SavePace } from './saveTimers';
import { EditLedger } from './editLedger';
import { CoalescedTask } from './coalescedTask';
import { SnapshotStore } from './snapshotStore';
import { writeOutcome } from './writeOutcome';

export interface NoteSessionOptions extends Partial<SavePace> {
  /** Called after each successful save (the notes index refreshes). */
  readonly onSaved?: () => void;
  /** Keeps a copy of text not yet on disk outside the workspace. */
  readonly recovery?: RecoveryStore;
}

export class NoteSession extends SnapshotStore<NoteSnapshot> {
  private readonly ledger = new EditLedger();
  private inFlight: Promise<void> | null = null;
  /** The file changed on disk: reload it, or, with unsaved edits, offer the choice. */
  private readonly diskCheck = new CoalescedTask(() => this.compareWithDisk());
  private readonly unsubscribe: () => void;
  private readonly timers: SaveTimers;

  constructor(
    private readonly api: NoteApi,
    readonly caseId: string,
    readonly issueId: string,
    private readonly options: NoteSessionOptions = {},
  ) {
    super(LOADING_NOTE);
    this.timers = new SaveTimers(() => void this.flush(), options);
    this.unsubscribe = api.onNoteChangedOnDisk((change) => {
      if (change.caseId !== caseId || change.issueId !== issueId) return;
      if (change.revision === this.ledger.base && this.state.phase.kind === 'ready') return;
      void this.diskCheck.run();
    });
  }

  /** Whether everything the user typed is on disk. */
  get isClean(): boolean {
    return !this.ledger.unsaved && this.state.conflict === null;
  }

  /** The text the editor holds now, for an editor that mounts again (an issue revisited). */
  currentText(): string {
    return this.ledger.latest === null ? this.state.text : this.ledger.text();
  }

  /** "Try again" after a failed or unreadable read; never drops unsaved edits. */
  reload(): Promise<void> {
    return this.ledger.unsaved ? this.diskCheck.run() : this.load();
  }

  /** Reads the note. */
  async load(): Promise<void> {
    this.set({ phase: { kind: 'loading' } });
    try {
      const read = await this.api.readNote(this.caseId, this.issueId);
      if (read.status === 'unreadable') {
        this.set(unreadable(read.file, read.message));
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
    this.ledger.typed(text);
    // Only the first keystroke after a save changes the state: the panel is not rendered per key.
    if (this.state.save.kind === 'saved') this.set({ save: { kind: 'dirty' } });
    this.timers.typed();
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
    this.timers.cancelPending();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.isClean || !this.editable || this.ledger.latest === null) return;
      this.inFlight = this.writeOnce().finally(() => {
        this.inFlight = null;
      });
      await this.inFlight;
      if (this.state.save.kind === 'error' || this.state.conflict) return;
    }
  }

  /** Keeps the editor's text: the file's version is kept aside, then overwritten. */
  keepMine(): Promise<void> {
    return this.resolve('mine', async (conflict, notice) => {
      const edits = this.ledger.mark();
      const result = await this.api.writeNote(
        this.caseId,
        this.issueId,
        conflict.mine,
        conflict.diskRevision,
      );
      if (result.status === 'saved') {
        this.saved(result.revision, edits, { conflict: null, notice });
      } else {
        // Changed again meanwhile: the same choice, against the newest version.
        this.set({ ...conflicted(conflict.mine, result.diskText, result.diskRevision), notice });
      }
    });
  }

  /** Takes the file's version: the editor's text is kept aside first, then replaced. */
  useDisk(): Promise<void> {
    return this.resolve('disk', (conflict, notice) => {
      this.adopt(conflict.disk ?? '', conflict.diskRevision, notice);
    });
  }

  /** Retry a failed save now (the Retry button). */
  retryNow(): void {
    if (this.state.save.kind === 'error' && this.state.conflict === null) void this.flush();
  }

  /** Saves what is pending and stops listening. */
  async dispose(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.timers.stopAll();
    this.unsubscribe();
    this.forgetListeners();
  }

  /**
   * Carries out the user's choice in a conflict: the version not chosen is kept beside the note
   * first, so a failure there replaces nothing, then `apply` writes or shows the chosen one.
   */
  private async resolve(
    choice: ConflictChoice,
    apply: (conflict: NoteConflict, notice: string | null) => Promise<void> | void,
  ): Promise<void> {
    const conflict = this.state.conflict;
    if (!conflict || conflict.busy) return;
    this.set(resolving(conflict, true));
    try {
      const aside = textToSetAside(conflict, choice);
      let notice: string | null = null;
      if (aside !== null) {
        const { file } = await this.api.keepNoteCopy(this.caseId, this.issueId, aside);
        notice = setAsideNotice(choice, file);
      }
      await apply(conflict, notice);
    } catch (error) {
      const message = resolveFailure(choice, messageOf(error));
      this.set({ ...resolving(conflict, false), save: { kind: 'error', message } });
    }
  }

  private async writeOnce(): Promise<void> {
    const edits = this.ledger.mark();
    const text = this.ledger.text();
    this.options.recovery?.keep(text);
    this.set({ save: { kind: 'saving' } });
    try {
      const result = await this.api.writeNote(this.caseId, this.issueId, text, this.ledger.base);
      const outcome = writeOutcome(result, text);
      if (outcome.kind === 'saved') this.saved(outcome.revision, edits);
      else this.enterConflict(outcome.disk, outcome.diskRevision);
    } catch (error) {
      this.set({ save: { kind: 'error', message: messageOf(error) } });
      this.timers.retryUntilStopped();
    }
  }

  /** The edits up to `edits` are on disk at `revision`; `patch` says what else that settles. */
  private saved(revision: string, edits: number, patch: Partial<NoteSnapshot> = {}): void {
    const upToDate = this.ledger.savedUpTo(edits, revision);
    this.timers.stopRetrying();
    if (upToDate) this.options.recovery?.clear();
    this.set({ ...patch, save: { kind: upToDate ? 'saved' : 'dirty' } });
    this.options.onSaved?.();
  }

  private enterConflict(disk: string | null, diskRevision: string): void {
    this.timers.stopAll();
    const mine = this.ledger.text();
    this.set({ ...conflicted(mine, disk, diskRevision), save: { kind: 'dirty' } });
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
      this.timers.cancelPending();
      this.set(unreadable(read.file, read.message));
      return;
    }
    const decision = decideOnDisk(this.ledger, this.state, read);
    switch (decision.kind) {
      case 'unchanged':
        return;
      case 'reload':
        this.adopt(read.text, read.revision);
        return;
      case 'caught-up':
        this.ledger.caughtUp(read.revision);
        this.set({ phase: { kind: 'ready' }, conflict: null, save: { kind: 'saved' } });
        return;
      case 'conflict':
        this.set({ phase: { kind: 'ready' } });
        this.enterConflict(decision.disk, read.revision);
        return;
    }
  }

  /** Shows `text` as the saved state of the note. */
  private adopt(text: string, revision: string, notice: string | null = null): void {
    this.timers.stopAll();
    this.ledger.adopted(revision);
    this.set(adopted(this.state, text, notice));
  }

  private offerRecovery(diskText: string): void {
    const copy = this.options.recovery?.read() ?? null;
    if (copy === null) return;
    if (copy === diskText) this.options.recovery?.clear();
    else this.set({ recovered: copy });
  }
}
