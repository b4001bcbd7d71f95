/**
 * What the notes of a case add to the rest of the workbench: which issues have notes (the
 * sidebar's marks) and which claims the notes link to (the cards' backlinks). Refreshed after
 * every save and whenever a note changes on disk; the backlinks are indexed once per refresh.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { backlinkIndex, NO_BACKLINKS, type BacklinkIndex } from '../../../core/markdown/backlinks';
import { getApi } from '../api/getApi';

const EMPTY: ReadonlySet<string> = new Set();

class NotesIndex {
  ids: ReadonlySet<string> = EMPTY;
  backlinks: BacklinkIndex = NO_BACKLINKS;
  private linksKey = '';
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
  getBacklinks = (): BacklinkIndex => this.backlinks;

  refreshSoon(delayMs = 200): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    try {
      const api = getApi();
      const [notes, links] = await Promise.all([
        api.listNotes(this.caseId),
        api.noteClaimLinks(this.caseId),
      ]);
      let changed = false;
      const next = new Set(notes.map((n) => n.issue));
      if (next.size !== this.ids.size || [...next].some((id) => !this.ids.has(id))) {
        this.ids = next;
        changed = true;
      }
      // A new index only when a link changed, so the cards re-render only then.
      const key = JSON.stringify(links);
      if (key !== this.linksKey) {
        this.linksKey = key;
        this.backlinks = backlinkIndex(links);
        changed = true;
      }
      if (changed) for (const listener of this.listeners) listener();
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

/** Claim id → the issue areas whose notes link to it. */
export function useBacklinks(caseId: string): BacklinkIndex {
  const index = indexOf(caseId);
  return useSyncExternalStore(index.subscribe, index.getBacklinks);
}
