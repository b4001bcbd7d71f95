/** The session of the note on screen, kept alive while shown and saved when it leaves. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { NoteSession } from './noteSession';
import type { NoteSnapshot } from './noteSnapshot';
import { noteSessions } from './noteSessions';

export function useNoteSession(
  caseId: string,
  issueId: string,
): { readonly session: NoteSession; readonly snapshot: NoteSnapshot } {
  const sessions = noteSessions();
  // get() is idempotent per note, so a render that React discards leaves nothing behind twice.
  const session = useMemo(() => sessions.get(caseId, issueId), [sessions, caseId, issueId]);
  useEffect(() => {
    sessions.retain(session);
    return () => sessions.release(session);
  }, [sessions, session]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { session, snapshot };
}
