/** The periods compared and the pane widths, remembered per case in the workspace settings. */
import { useCallback, useMemo } from 'react';
import type { Case, Period } from '../../../core/case/schema';
import {
  addPane,
  MAX_PANES,
  removePane,
  replacePane,
  resolvePaneSizes,
  resolvePanes,
  swapPanes,
} from '../../../core/compare/panes';
import { periodSlot } from '../compare/periodColors';
import type { SettingsHandle } from './useSettings';

export interface Panes {
  readonly ids: readonly string[];
  readonly periods: readonly Period[];
  /** Each pane's colour slot (by the period's place in time). */
  readonly slots: readonly number[];
  /** Widths in percent. */
  readonly sizes: readonly number[];
  readonly replace: (index: number, period: string) => void;
  readonly swap: (index: number) => void;
  readonly add: () => void;
  readonly remove: (index: number) => void;
  /** Shows a period that no pane shows: in a new pane, or instead of the last one. */
  readonly show: (period: string) => void;
  readonly chooseSizes: (sizes: readonly number[]) => void;
}

export function usePanes(kase: Case, settings: SettingsHandle): Panes {
  const { updateCase } = settings;
  const layout = settings.settings.cases[kase.id];
  const ids = useMemo(() => resolvePanes(kase, layout?.panes), [kase, layout?.panes]);
  const sizes = useMemo(
    () => resolvePaneSizes(ids.length, layout?.paneSizes),
    [ids.length, layout?.paneSizes],
  );
  const periods = useMemo(
    () => ids.map((id) => kase.periods.find((p) => p.id === id)).filter((p): p is Period => !!p),
    [kase, ids],
  );
  const slots = useMemo(() => ids.map((id) => periodSlot(kase, id)), [kase, ids]);

  const set = useCallback(
    (next: readonly string[], nextSizes?: readonly number[]) =>
      updateCase(kase.id, (l) => ({
        ...l,
        panes: [...next],
        // Widths follow the panes when they only move; a new count starts from equal widths.
        paneSizes: nextSizes && [...nextSizes],
      })),
    [kase.id, updateCase],
  );

  return {
    ids,
    periods,
    slots,
    sizes,
    replace: (index, period) => set(replacePane(ids, index, period), sizes),
    swap: (index) => set(swapPanes(ids, index), swapPanes(sizes.map(String), index).map(Number)),
    add: () => set(addPane(kase, ids)),
    remove: (index) => set(removePane(ids, index)),
    show: (period) => {
      if (ids.includes(period)) return;
      set(
        ids.length < MAX_PANES
          ? addPane(kase, ids, period)
          : replacePane(ids, ids.length - 1, period),
      );
    },
    chooseSizes: (next) =>
      updateCase(kase.id, (l) => ({ ...l, paneSizes: next.map((s) => Math.round(s * 100) / 100) })),
  };
}
