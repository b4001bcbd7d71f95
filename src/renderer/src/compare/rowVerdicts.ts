import type { Case } from '../../../core/case/schema';
import { reversePair, samePair, type PeriodPair } from '../../../core/compare/pairs';
import { rowSides, type RowSides } from '../../../core/compare/sides';
import { verdictFor, verdictHistoryOf, verdictsOfRow } from '../../../core/compare/verdicts';
import type { UserLayer, VerdictChange, VerdictEntry } from '../../../core/user/schema';

/** What the verdict cell shows for one adjacent pair of panes on one row. */
export interface PairVerdictView {
  readonly pair: PeriodPair;
  readonly entry: VerdictEntry | undefined;
  readonly reversed: VerdictEntry | undefined;
  readonly history: readonly VerdictChange[];
  readonly sides: RowSides;
}

export interface RowVerdicts {
  readonly views: readonly PairVerdictView[];
  /** Verdicts of the row for pairs not on screen (nor their reverse), listed with direction. */
  readonly others: readonly VerdictEntry[];
}

/** The verdicts of one row as the cell shows them: one view per adjacent pair of panes. */
export function rowVerdicts(
  kase: Case,
  layer: UserLayer,
  issue: string,
  dimension: string,
  pairs: readonly PeriodPair[],
): RowVerdicts {
  const views = pairs.map((pair) => ({
    pair,
    entry: verdictFor(layer, issue, dimension, pair),
    reversed: verdictFor(layer, issue, dimension, reversePair(pair)),
    history: verdictHistoryOf(layer, issue, dimension, pair),
    sides: rowSides(kase, issue, dimension, pair),
  }));
  const shown = (v: VerdictEntry): boolean =>
    views.some(
      (w) => samePair(w.pair, v.pair) || (!w.entry && samePair(w.pair, reversePair(v.pair))),
    );
  return { views, others: verdictsOfRow(layer, issue, dimension).filter((v) => !shown(v)) };
}
