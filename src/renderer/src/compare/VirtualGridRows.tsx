/**
 * The rows of a large issue area, drawn only near the viewport. Loaded with the first issue area
 * that needs it: the virtualizer (@tanstack/virtual, about 9 KB gzip) is not part of the first
 * screen of a case of ordinary size, and it measures the page as it mounts.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';
import type { GridTarget } from './ComparisonGrid';
import type { RenderRow } from './GridRows';

interface Props {
  readonly rows: readonly IssueRow[];
  /** Cards a cell shows before "Show more". */
  readonly page: number;
  readonly issueId: string;
  /** Where the analyst is being taken: its row is brought near the viewport to be drawn. */
  readonly target: GridTarget | undefined;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly gridRef: RefObject<HTMLDivElement | null>;
  readonly renderRow: RenderRow;
}

export function VirtualGridRows(props: Props): React.JSX.Element {
  const { rows, page, issueId, target, scrollRef, gridRef, renderRow } = props;
  const [gridOffset, setGridOffset] = useState(0);
  // The virtualizer hands out functions that change under one object: not for the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library -- kept as plain React rendering
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateRowHeight(rows[i], page),
    overscan: 1,
    scrollMargin: gridOffset,
  });

  useLayoutEffect(() => {
    setGridOffset(gridRef.current?.offsetTop ?? 0);
  }, [gridRef, issueId]);

  useEffect(() => {
    if (!target || target.issue !== issueId) return;
    const index = rows.findIndex((r) => r.dimension.id === target.dimension);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'start' });
  }, [target, issueId, rows, virtualizer]);

  return (
    <div className="virtual-rows" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) =>
        renderRow(rows[item.index]!, item.index, {
          measureRef: virtualizer.measureElement,
          style: {
            position: 'absolute',
            top: 0,
            left: 0,
            right: 0,
            transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
          },
        }),
      )}
    </div>
  );
}

function estimateRowHeight(row: IssueRow | undefined, page: number): number {
  if (!row) return 120;
  const tallest = Math.max(1, ...row.cells.map((c) => Math.min(c.length, page)));
  return 40 + tallest * 140;
}
