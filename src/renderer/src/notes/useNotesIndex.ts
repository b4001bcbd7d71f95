/**
 * Which issues of a case have notes, for the sidebar's marks. Refreshed after every save and
 * whenever a note changes on disk.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { getApi } from '../api/getApi';

const EMPTY: ReadonlySet<string> = new Set();

class NotesIndex {
  ids: ReadonlySet<string> = EMPTY;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly caseId: string) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.unsubscribe = getApi().onNoteChangedOnDisk((change) => {
        if (change.caseId === this.caseId) this.refreshSoon();
      });
      this.refreshSoon(0);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unsubscribe?.();
    };
  };

  getSnapshot = (): ReadonlySet<string> => this.ids;

  refreshSoon(delayMs = 200): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    try {
      const notes = await getApi().listNotes(this.caseId);
      const next = new Set(notes.map((n) => n.issue));
      if (next.size === this.ids.size && [...next].every((id) => this.ids.has(id))) return;
      this.ids = next;
      for (const listener of this.listeners) listener();
    } catch {
      // The host is unreachable for a moment: the marks stay as they were until the next save.
    }
  }
}

const indexes = new Map<string, NotesIndex>();

function indexOf(caseId: string): NotesIndex {
  let index = indexes.get(caseId);
  if (!index) indexes.set(caseId, (index = new NotesIndex(caseId)));
  return index;
}

/** A note of this case was saved: its index refreshes shortly. */
export function notesIndexChanged(caseId: string): void {
  indexes.get(caseId)?.refreshSoon();
}

/** The ids of the issues of `caseId` that have a non-empty note. */
export function useNotesIndex(caseId: string): ReadonlySet<string> {
  const index = indexOf(caseId);
  const ids = useSyncExternalStore(index.subscribe, index.getSnapshot);
  useEffect(() => index.refreshSoon(0), [index]);
  return ids;
}
