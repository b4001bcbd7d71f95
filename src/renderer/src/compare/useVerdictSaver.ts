/**
 * Saving verdicts: one save at a time per row (in the order given), the state of each row's last
 * save for display, and the user layer the host returns after each save.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../core/api/errors';
import type { PeriodPair, UserLayerState, VerdictInput } from '../../../core/user/schema';
import { getApi } from '../api/getApi';

export type SaveStatus =
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'cleared' }
  | { readonly state: 'error'; readonly message: string };

export type SaveVerdict = (
  issue: string,
  dimension: string,
  pair: PeriodPair,
  input: VerdictInput | null,
) => Promise<void>;

/** The key of a row's verdict for one pair: its saves queue and report under it. */
export function rowKey(issue: string, dimension: string, pair: PeriodPair): string {
  return `${issue}/${dimension}/${pair.from}>${pair.to}`;
}

export function useVerdictSaver(
  caseId: string,
  onUserChange: (user: UserLayerState) => void,
): { readonly statuses: ReadonlyMap<string, SaveStatus>; readonly save: SaveVerdict } {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, SaveStatus>>(new Map());
  const chains = useRef(new Map<string, Promise<void>>());

  const setStatus = useCallback((key: string, status: SaveStatus) => {
    setStatuses((current) => new Map(current).set(key, status));
  }, []);

  const save = useCallback<SaveVerdict>(
    (issue, dimension, pair, input) => {
      const key = rowKey(issue, dimension, pair);
      setStatus(key, { state: 'saving' });
      const previous = chains.current.get(key) ?? Promise.resolve();
      const next = previous.then(async () => {
        try {
          const user = await getApi().saveVerdict(caseId, issue, dimension, pair, input);
          onUserChange(user);
          setStatus(key, input ? { state: 'saved', at: new Date() } : { state: 'cleared' });
        } catch (error) {
          setStatus(key, { state: 'error', message: (error as Error).message });
          // The file became unreadable since it was opened: show the banner and go read-only.
          if (error instanceof ApiError && error.code === 'read-only') {
            void getApi()
              .openCase(caseId)
              .then((opened) => onUserChange(opened.user))
              .catch(() => undefined);
          }
        }
      });
      chains.current.set(key, next);
      return next;
    },
    [caseId, onUserChange, setStatus],
  );

  return { statuses, save };
}
