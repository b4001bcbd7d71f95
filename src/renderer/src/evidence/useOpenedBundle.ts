/** Bundles the system asked Diptych to open (a double-clicked `.diptych`), as they arrive. */
import { useEffect, useState } from 'react';
import { getApi } from '../api/getApi';
import { errorText } from './files';

export interface OpenedBundle {
  /** Counts bundles, so the same file opened twice still shows its preview again. */
  readonly seq: number;
  readonly fileName: string;
  readonly contentBase64: string;
}

/**
 * Takes the next opened bundle now (one may have come before the page) and whenever the host
 * announces another; `onOpened` shows where its import preview appears.
 */
export function useOpenedBundle(
  onOpened: () => void,
  notify: (message: string) => void,
): OpenedBundle | undefined {
  const [opened, setOpened] = useState<OpenedBundle | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let seq = 0;
    const take = async (): Promise<void> => {
      try {
        const next = await getApi().takeOpenedBundle();
        if (!live || next === null) return;
        seq += 1;
        setOpened({ seq, ...next });
        onOpened();
      } catch (error) {
        if (live) notify(errorText(error));
      }
    };
    void take();
    const unsubscribe = getApi().onBundleOpened(() => void take());
    return () => {
      live = false;
      unsubscribe();
    };
    // Subscribed once for the page's life; the callbacks are stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return opened;
}
