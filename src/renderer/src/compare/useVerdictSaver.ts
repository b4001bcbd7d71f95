/**
 * Saving verdicts: one save at a time per row (in the order given), the state of each row's last
 * save for display, and the user layer the host returns after each save. A save that fails is
 * kept and tried again (backoff, and on focus or coming online) until it succeeds or a newer one
 * for the same row replaces it; until then the page counts it as unsaved work.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../core/api/apiError';
import type { PeriodPair, UserLayerState, VerdictInput } from '../../../core/user/schema';
import { getApi } from '../api/getApi';
import { Backoff } from '../lifecycle/Backoff';
import { registerFlusher, registerUnsaved } from '../lifecycle/flush';

export type SaveStatus =
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'cleared' }
  | { readonly state: 'error'; readonly message: string };

/** Saves a row's verdict; resolves true once it is on disk, false when it failed (and is retried). */
export type SaveVerdict = (
  issue: string,
  dimension: string,
  pair: PeriodPair,
  input: VerdictInput | null,
) => Promise<boolean>;

interface Job {
  readonly issue: string;
  readonly dimension: string;
  readonly pair: PeriodPair;
  readonly input: VerdictInput | null;
}

/** The key of a row's verdict for one pair: its saves queue and report under it. */
export function rowKey(issue: string, dimension: string, pair: PeriodPair): string {
  return `${issue}/${dimension}/${pair.from}>${pair.to}`;
}

export function useVerdictSaver(
  caseId: string,
  onUserChange: (user: UserLayerState) => void,
): { readonly statuses: ReadonlyMap<string, SaveStatus>; readonly save: SaveVerdict } {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, SaveStatus>>(new Map());
  const chains = useRef(new Map<string, Promise<boolean>>());
  // The newest save asked for per row, and the failed ones waiting to be tried again.
  const newest = useRef(new Map<string, number>());
  const failed = useRef(new Map<string, Job>());
  const sequence = useRef(0);
  const inFlight = useRef(0);
  const saveRef = useRef<SaveVerdict | null>(null);
  const backoff = useRef<Backoff | null>(null);
  useEffect(() => {
    const retry = new Backoff(() => {
      for (const job of failed.current.values()) {
        void saveRef.current?.(job.issue, job.dimension, job.pair, job.input);
      }
    });
    backoff.current = retry;
    return () => retry.dispose();
  }, []);

  const setStatus = useCallback((key: string, status: SaveStatus) => {
    setStatuses((current) => new Map(current).set(key, status));
  }, []);

  const save = useCallback<SaveVerdict>(
    (issue, dimension, pair, input) => {
      const key = rowKey(issue, dimension, pair);
      const seq = (sequence.current += 1);
      newest.current.set(key, seq);
      setStatus(key, { state: 'saving' });
      const previous = chains.current.get(key) ?? Promise.resolve(true);
      inFlight.current += 1;
      const next = previous.then(async () => {
        try {
          const user = await getApi().saveVerdict(caseId, issue, dimension, pair, input);
          onUserChange(user);
          if (newest.current.get(key) === seq) failed.current.delete(key);
          if (failed.current.size === 0) backoff.current?.succeeded();
          setStatus(key, input ? { state: 'saved', at: new Date() } : { state: 'cleared' });
          return true;
        } catch (error) {
          setStatus(key, { state: 'error', message: (error as Error).message });
          // Only the newest save of a row is tried again; an older one was replaced.
          if (newest.current.get(key) === seq) {
            failed.current.set(key, { issue, dimension, pair, input });
            backoff.current?.failed();
          }
          // The file became unreadable since it was opened: show the banner and go read-only.
          if (error instanceof ApiError && error.code === 'read-only') {
            void getApi()
              .openCase(caseId)
              .then((opened) => onUserChange(opened.user))
              .catch(() => undefined);
          }
          return false;
        } finally {
          inFlight.current -= 1;
        }
      });
      chains.current.set(key, next);
      return next;
    },
    [caseId, onUserChange, setStatus],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Closing the window tries every failed save once more, and counts what still failed.
  useEffect(() => {
    const unflush = registerFlusher(async () => {
      const jobs = [...failed.current.values()];
      await Promise.allSettled(jobs.map((j) => save(j.issue, j.dimension, j.pair, j.input)));
      await Promise.allSettled([...chains.current.values()]);
    });
    const unprobe = registerUnsaved(() => failed.current.size > 0 || inFlight.current > 0);
    return () => {
      unflush();
      unprobe();
    };
  }, [save]);

  return { statuses, save };
}
