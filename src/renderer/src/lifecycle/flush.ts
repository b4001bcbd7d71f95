/**
 * Components that hold unsaved work (the note editor) register a flusher here. When the host
 * asks (window closing, host stopping), every flusher runs and the host is told when all are done
 * and whether everything was saved; if not, the page says so, since the text is only here.
 */
import { getApi } from '../api/getApi';

/** Saves what it holds; resolves to false when something stays unsaved (a failed save). */
type Flusher = () => Promise<boolean | void>;

const flushers = new Set<Flusher>();
const unsavedListeners = new Set<() => void>();
let listening = false;
let unsavedAtClose = false;

/** Registers a flusher; returns the function that removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

/** Runs every registered flusher; a failing one does not stop the others. True if all saved. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.allSettled([...flushers].map((f) => f()));
  return results.every((r) => r.status === 'fulfilled' && r.value !== false);
}

/** Whether the last close or stop of the host found work this page could not save. */
export function isUnsavedAtClose(): boolean {
  return unsavedAtClose;
}

export function onUnsavedAtClose(listener: () => void): () => void {
  unsavedListeners.add(listener);
  return () => unsavedListeners.delete(listener);
}

/** Answers the host's flush requests; called once at start so a request never waits in vain. */
export function listenForFlushRequests(): void {
  if (listening) return;
  listening = true;
  const api = getApi();
  api.onFlushRequested(({ id }) => {
    void flushAll().then((saved) => {
      if (!saved) {
        unsavedAtClose = true;
        unsavedListeners.forEach((listener) => listener());
      }
      return api.flushDone(id, saved ? 'saved' : 'not-saved');
    });
  });
}
