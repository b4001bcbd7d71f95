/**
 * Components that hold unsaved work (the note editor) register a flusher here. When the host
 * asks (window closing, host stopping), every flusher runs and the host is told when all are done.
 */
import { getApi } from '../api/getApi';

type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();
let listening = false;

/** Registers a flusher; returns the function that removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

/** Runs every registered flusher; a failing one does not stop the others. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}

/** Answers the host's flush requests; called once at start so a request never waits in vain. */
export function listenForFlushRequests(): void {
  if (listening) return;
  listening = true;
  const api = getApi();
  api.onFlushRequested(({ id }) => {
    void flushAll().then(() => api.flushDone(id));
  });
}
