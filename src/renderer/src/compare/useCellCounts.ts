import { useMemo } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';
import { CELL_PAGE } from './ClaimCell';

interface CellCounts {
  /** Claims per pane, over every row. */
  readonly counts: readonly number[];
  /** Cards on screen before any "Show more": what decides whether rows render as they scroll. */
  readonly shownCards: number;
}

/** How many claims each pane holds and how many cards the grid would draw at first. */
export function useCellCounts(paneCount: number, rows: readonly IssueRow[]): CellCounts {
  const counts = useMemo(
    () =>
      Array.from({ length: paneCount }, (_, i) =>
        rows.reduce((sum, r) => sum + (r.cells[i]?.length ?? 0), 0),
      ),
    [paneCount, rows],
  );
  const shownCards = useMemo(
    () =>
      rows.reduce(
        (sum, r) => sum + r.cells.reduce((s, c) => s + Math.min(c.length, CELL_PAGE), 0),
        0,
      ),
    [rows],
  );
  return { counts, shownCards };
}
