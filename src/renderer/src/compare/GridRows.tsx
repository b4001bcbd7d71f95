import type { Virtualizer } from '@tanstack/react-virtual';
import type { IssueRow } from '../../../core/compare/grouping';

interface Props {
  readonly rows: readonly IssueRow[];
  /** Set when rows are rendered only as they scroll into view. */
  readonly virtualizer: Virtualizer<HTMLDivElement, Element> | undefined;
  readonly renderRow: (
    row: IssueRow,
    index: number,
    placement?: {
      readonly measureRef: (element: HTMLElement | null) => void;
      readonly style: React.CSSProperties;
    },
  ) => React.JSX.Element;
}

/** The grid's rows: all of them, or in a large issue area only those near the viewport. */
export function GridRows({ rows, virtualizer, renderRow }: Props): React.JSX.Element {
  if (!virtualizer) return <>{rows.map((row, i) => renderRow(row, i))}</>;
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
