/**
 * The open notes of this window, one session per issue. A session leaving the screen (the user
 * switched issue) is saved at once; if that fails it stays alive, keeps retrying and is shown
 * again with its text when the user comes back. Everything is saved before the window closes.
 */
import { getApi } from '../api/getApi';
import { registerFlusher, registerUnsaved } from '../lifecycle/flush';
import { NoteSession } from './noteSession';
import type { NoteApi } from './noteSnapshot';
import { noteRecovery } from './recoveryCopies';
import { notesIndexChanged } from './useNotesIndex';

interface Entry {
  readonly session: NoteSession;
  users: number;
}

export class NoteSessions {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly api: NoteApi,
    private readonly onSaved: (caseId: string) => void,
  ) {}

  /** The session of one note, created (and loading) on first use. */
  get(caseId: string, issueId: string): NoteSession {
    const key = `${caseId}/${issueId}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const session = new NoteSession(this.api, caseId, issueId, {
        onSaved: () => this.onSaved(caseId),
        recovery: noteRecovery(caseId, issueId),
      });
      entry = { session, users: 0 };
      this.entries.set(key, entry);
      void session.load();
    }
    return entry.session;
  }

  retain(session: NoteSession): void {
    const entry = this.entries.get(`${session.caseId}/${session.issueId}`);
    if (entry) entry.users += 1;
  }

  /** The screen no longer shows this note: save it, and forget it once nothing is unsaved. */
  release(session: NoteSession): void {
    const key = `${session.caseId}/${session.issueId}`;
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.users -= 1;
    void session.flush().then(() => {
      if (entry.users > 0 || !session.isClean || this.entries.get(key) !== entry) return;
      this.entries.delete(key);
      void session.dispose();
    });
  }

  /** Whether any open note holds text that is not on disk. */
  hasUnsaved(): boolean {
    return [...this.entries.values()].some((e) => !e.session.isClean);
  }

  /** Keeps a recovery copy of every unsaved note now, synchronously (the page is unloading). */
  keepRecoveryCopies(): void {
    for (const entry of this.entries.values()) entry.session.keepRecoveryNow();
  }

  /** Saves every open note now; true when none is left unsaved. */
  async flushAll(): Promise<boolean> {
    await Promise.allSettled([...this.entries.values()].map((e) => e.session.flush()));
    return [...this.entries.values()].every((e) => e.session.isClean);
  }
}

let shared: NoteSessions | undefined;

/** The window's sessions, wired to the host's flush requests and to the page being hidden. */
export function noteSessions(): NoteSessions {
  if (shared) return shared;
  const sessions = new NoteSessions(getApi(), notesIndexChanged);
  registerFlusher(() => sessions.flushAll());
  registerUnsaved(() => sessions.hasUnsaved());
  // A browser tab can be closed or frozen without any request from the host.
  window.addEventListener('pagehide', () => {
    sessions.keepRecoveryCopies();
    void sessions.flushAll();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void sessions.flushAll();
  });
  return (shared = sessions);
}
