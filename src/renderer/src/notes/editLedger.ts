/**
 * What the user typed against what is on disk, for one note: the revision the editor is based
 * on, the newest text, and how many edits are saved. Plain bookkeeping, no effects.
 */
import type { TextSource } from './noteSnapshot';

/** The revision the host reports for a note that has no file. */
export const ABSENT = 'absent';

export class EditLedger {
  /** The revision of the file that the editor's text was read from or last saved as. */
  base = ABSENT;
  /** The editor's text, or null while it still shows what was read. */
  latest: TextSource | null = null;
  private edits = 0;
  private savedEdits = 0;

  /** Some edit is not on disk. */
  get unsaved(): boolean {
    return this.edits !== this.savedEdits;
  }

  /** The editor's text, joined (empty while it shows what was read). */
  text(): string {
    return (this.latest ?? '').toString();
  }

  typed(text: TextSource): void {
    this.latest = text;
    this.edits += 1;
  }

  /** A mark of the edits so far, to tell after a write whether more came meanwhile. */
  mark(): number {
    return this.edits;
  }

  /** The edits up to `mark` are on disk at `revision`; true when none came since. */
  savedUpTo(mark: number, revision: string): boolean {
    this.base = revision;
    this.savedEdits = mark;
    return this.edits === mark;
  }

  /** The file at `revision` holds everything typed. */
  caughtUp(revision: string): void {
    this.savedUpTo(this.edits, revision);
  }

  /** The editor now shows the file's text at `revision`. */
  adopted(revision: string): void {
    this.caughtUp(revision);
    this.latest = null;
  }
}
