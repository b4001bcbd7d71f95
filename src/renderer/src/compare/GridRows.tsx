import { lazy, Suspense, type ComponentProps } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';

/** Draws one row; in a large issue area with its place among the rows drawn. */
export type RenderRow = (
  row: IssueRow,
  index: number,
  placement?: {
    readonly measureRef: (element: HTMLElement | null) => void;
    readonly style: React.CSSProperties;
  },
) => React.JSX.Element;

const VirtualGridRows = lazy(() =>
  import('./VirtualGridRows').then((m) => ({ default: m.VirtualGridRows })),
);

type VirtualProps = Omit<ComponentProps<typeof VirtualGridRows>, 'rows' | 'renderRow'>;

interface Props {
  readonly rows: readonly IssueRow[];
  /** Set when rows are drawn only as they scroll into view. */
  readonly virtual: VirtualProps | undefined;
  readonly renderRow: RenderRow;
}

/** The grid's rows: all of them, or in a large issue area only those near the viewport. */
export function GridRows({ rows, virtual, renderRow }: Props): React.JSX.Element {
  if (!virtual) return <>{rows.map((row, i) => renderRow(row, i))}</>;
  return (
    <Suspense fallback={null}>
      <VirtualGridRows {...virtual} rows={rows} renderRow={renderRow} />
    </Suspense>
  );
}
