import { memo } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';
import { useClaimSlots } from './claimSlots';
import { ClaimCell, type ClaimCellShared } from './ClaimCell';
import type { RowVerdicts } from './rowVerdicts';
import { VerdictCell, type VerdictCellShared } from './VerdictCell';
import { plural } from '../../../core/format/plural';

export interface PaneInfo {
  readonly id: string;
  readonly label: string;
  readonly slot: number;
}

/** What every row of one grid draws with: built once per grid, so unchanged rows skip rendering. */
export interface RowShared {
  readonly panes: readonly PaneInfo[];
  readonly cell: ClaimCellShared;
  readonly verdict: VerdictCellShared;
}

interface Props {
  readonly shared: RowShared;
  readonly row: IssueRow;
  readonly rowIndex: number;
  readonly currentHitId: string | undefined;
  readonly revealId: string | undefined;
  readonly verdicts: RowVerdicts;
  readonly measureRef?: (element: HTMLElement | null) => void;
  readonly style?: React.CSSProperties;
}

/** One dimension across every pane: its claims stand level, the verdicts at the row's end. */
export const DimensionRow = memo(function DimensionRow({
  shared,
  row,
  rowIndex,
  currentHitId,
  revealId,
  verdicts,
  measureRef,
  style,
}: Props): React.JSX.Element {
  const { RowAddClaim } = useClaimSlots();
  const { dimension } = row;
  const { panes } = shared;
  return (
    <div
      role="row"
      className="grid-row"
      aria-rowindex={rowIndex + 2}
      data-dimension={dimension.id}
      data-index={rowIndex}
      ref={measureRef}
      style={style}
    >
      <div role="rowheader" className="cell row-head" tabIndex={-1} data-row-head={dimension.id}>
        <h3 className="row-title">{dimension.label}</h3>
        {dimension.description && (
          <p className="row-description secondary-text">{dimension.description}</p>
        )}
        {row.hidden > 0 && (
          <p className="row-hidden">{plural(row.hidden, 'claim', 'claims')} hidden by filters</p>
        )}
        <RowAddClaim
          issueId={shared.verdict.issueId}
          dimensionId={dimension.id}
          dimensionLabel={dimension.label}
          period={panes[0]?.id}
        />
      </div>
      {panes.map((pane, i) => (
        <ClaimCell
          key={pane.id}
          {...shared.cell}
          claims={row.cells[i] ?? []}
          column={i}
          slot={pane.slot}
          periodLabel={pane.label}
          currentHitId={currentHitId}
          revealId={revealId}
        />
      ))}
      <VerdictCell
        {...shared.verdict}
        dimensionId={dimension.id}
        dimensionLabel={dimension.label}
        verdicts={verdicts}
      />
    </div>
  );
});
