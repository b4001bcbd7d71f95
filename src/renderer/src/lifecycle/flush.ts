/**
 * Components that hold unsaved work (the note editor, a verdict's rationale, an open form)
 * register a flusher and a probe here. When the host asks (window closing, host stopping), every
 * flusher runs and the host is told whether everything is now saved; if not, the page says so,
 * since the text is only here. While a probe reports unsaved work, leaving the page asks first.
 */
import { useEffect, useRef } from 'react';
import { getApi } from '../api/getApi';

/** Saves what it holds; resolves to false when something stays unsaved (a failed save). */
type Flusher = () => Promise<boolean | void>;
/** True while its owner holds something not yet on disk. */
type UnsavedProbe = () => boolean;

const flushers = new Set<Flusher>();
const probes = new Set<UnsavedProbe>();
const unsavedListeners = new Set<() => void>();
let listening = false;
let unsavedAtClose = false;

/** Registers a flusher; returns the function that removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

/** Registers a probe of unsaved work; returns the function that removes it. */
export function registerUnsaved(probe: UnsavedProbe): () => void {
  probes.add(probe);
  return () => probes.delete(probe);
}

/** Whether anything registered holds work that is not on disk. */
export function hasUnsavedWork(): boolean {
  for (const probe of probes) if (probe()) return true;
  return false;
}

/**
 * Runs every registered flusher; a failing one does not stop the others. True when every
 * flusher saved and no probe still reports unsaved work.
 */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.allSettled([...flushers].map((f) => f()));
  const flushed = results.every((r) => r.status === 'fulfilled' && r.value !== false);
  return flushed && !hasUnsavedWork();
}

/** Whether the last close or stop of the host found work this page could not save. */
export function isUnsavedAtClose(): boolean {
  return unsavedAtClose;
}

export function onUnsavedAtClose(listener: () => void): () => void {
  unsavedListeners.add(listener);
  return () => unsavedListeners.delete(listener);
}

/** Marks unsaved input while `unsaved` is true (a form with text typed in it, not yet submitted). */
export function useUnsavedWork(unsaved: boolean): void {
  const current = useRef(unsaved);
  useEffect(() => {
    current.current = unsaved;
  }, [unsaved]);
  useEffect(() => registerUnsaved(() => current.current), []);
}

/**
 * Answers the host's flush requests and guards leaving the page; called once at start so a
 * request never waits in vain.
 */
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
  // A browser shows its own "leave site?" question; the desktop shell answers this itself.
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
