import { useCallback, useState } from 'react';
import { pairOfPanes, type PeriodPair } from '../../../core/compare/pairs';

/** The pair of periods the overview counts, and a way to choose another. */
export interface OverviewPair {
  /** Undefined only while fewer than two different periods are on screen and none was chosen. */
  readonly pair: PeriodPair | undefined;
  readonly choose: (pair: PeriodPair) => void;
}

/**
 * The overview's pair: the pair on screen (first pane → second) until the analyst picks another,
 * and the pair on screen again once the panes change. Kept in a hook so whatever reads the
 * overview (a figure of it, say) reads the same pair.
 */
export function useOverviewPair(panes: readonly string[]): OverviewPair {
  const key = panes.join('|');
  const [chosen, setChosen] = useState<{ readonly key: string; readonly pair: PeriodPair }>();
  const choose = useCallback((pair: PeriodPair) => setChosen({ key, pair }), [key]);
  const pair = chosen?.key === key ? chosen.pair : pairOfPanes(panes);
  return { pair, choose };
}
