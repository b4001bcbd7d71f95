import { ApiError } from '../../../../core/api/errors';
import type { NoteApi } from '../noteSnapshot';

/**
 * An in-memory host for the note session's tests, with the notes service's rules: revisions,
 * conflicts, copies, change events; it holds one note, of case `c` and issue `i`.
 */
export class FakeNoteHost {
  disk: string | null = null;
  unreadable = false;
  failWrites: string | undefined;
  readonly copies: string[] = [];
  readonly writes: string[] = [];
  private readonly listeners = new Set<
    (c: { caseId: string; issueId: string; revision: string }) => void
  >();

  revision(): string {
    if (this.disk === null) return 'absent';
    let h = 0x811c9dc5;
    for (const ch of this.disk) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return h.toString(16).padStart(16, '0');
  }

  /** Another program edits the file. */
  editOnDisk(text: string | null): void {
    this.disk = text;
    for (const l of this.listeners) l({ caseId: 'c', issueId: 'i', revision: this.revision() });
  }

  readonly api: NoteApi = {
    readNote: async () =>
      this.unreadable
        ? { status: 'unreadable', file: 'notes/c/i.md', message: 'it is not valid UTF-8 text' }
        : { status: 'ok', text: this.disk ?? '', revision: this.revision() },
    writeNote: async (_c, _i, text, base) => {
      if (this.failWrites) throw new ApiError('io', this.failWrites, 'notes/c/i.md');
      if (base !== this.revision()) {
        return { status: 'conflict', diskText: this.disk, diskRevision: this.revision() };
      }
      this.disk = text;
      this.writes.push(text);
      return { status: 'saved', revision: this.revision() };
    },
    keepNoteCopy: async (_c, _i, text) => {
      this.copies.push(text);
      return { file: `notes/c/i.conflict-${this.copies.length}.md` };
    },
    onNoteChangedOnDisk: (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };
}
