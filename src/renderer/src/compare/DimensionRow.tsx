import { memo } from 'react';
import type { IssueRow } from '../../../core/compare/grouping';
import type { SearchTerms } from '../../../core/compare/search';
import { useClaimSlots } from './claimSlots';
import { ClaimCell } from './ClaimCell';
import type { RowVerdicts } from './rowVerdicts';
import type { SaveStatus, SaveVerdict } from './useVerdictSaver';
import { VerdictCell } from './VerdictCell';
import { plural } from '../../../core/format/plural';

export interface PaneInfo {
  readonly id: string;
  readonly label: string;
  readonly slot: number;
}

interface Props {
  readonly issueId: string;
  readonly row: IssueRow;
  readonly rowIndex: number;
  readonly page: number;
  readonly panes: readonly PaneInfo[];
  readonly periodLabels: ReadonlyMap<string, string>;
  readonly citations: ReadonlyMap<string, string>;
  readonly terms: SearchTerms;
  readonly narrowed: boolean;
  readonly currentHitId: string | undefined;
  readonly revealId: string | undefined;
  readonly verdicts: RowVerdicts;
  readonly statuses: ReadonlyMap<string, SaveStatus>;
  readonly readOnlyReason: string | undefined;
  readonly onOpen: (claimId: string) => void;
  readonly onFocusClaim: (claimId: string) => void;
  readonly onSave: SaveVerdict;
  readonly measureRef?: (element: HTMLElement | null) => void;
  readonly style?: React.CSSProperties;
}

/** One dimension across every pane: its claims stand level, the verdicts at the row's end. */
export const DimensionRow = memo(function DimensionRow({
  issueId,
  row,
  rowIndex,
  page,
  panes,
  periodLabels,
  citations,
  terms,
  narrowed,
  currentHitId,
  revealId,
  verdicts,
  statuses,
  readOnlyReason,
  onOpen,
  onFocusClaim,
  onSave,
  measureRef,
  style,
}: Props): React.JSX.Element {
  const { RowAddClaim } = useClaimSlots();
  const { dimension } = row;
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
        {dimension.description && <p className="row-description">{dimension.description}</p>}
        {row.hidden > 0 && (
          <p className="row-hidden">{plural(row.hidden, 'claim', 'claims')} hidden by filters</p>
        )}
        <RowAddClaim
          issueId={issueId}
          dimensionId={dimension.id}
          dimensionLabel={dimension.label}
          period={panes[0]?.id}
        />
      </div>
      {panes.map((pane, i) => (
        <ClaimCell
          key={pane.id}
          claims={row.cells[i] ?? []}
          page={page}
          column={i}
          slot={pane.slot}
          periodLabel={pane.label}
          narrowed={narrowed}
          citations={citations}
          terms={terms}
          currentHitId={currentHitId}
          revealId={revealId}
          onOpen={onOpen}
          onFocusClaim={onFocusClaim}
        />
      ))}
      <VerdictCell
        issueId={issueId}
        dimensionId={dimension.id}
        dimensionLabel={dimension.label}
        verdicts={verdicts}
        periodLabels={periodLabels}
        statuses={statuses}
        readOnlyReason={readOnlyReason}
        onSave={onSave}
      />
    </div>
  );
});
