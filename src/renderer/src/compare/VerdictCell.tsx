import { memo } from 'react';
import { pairLabel } from '../../../core/compare/pairs';
import { VERDICT_LABELS } from '../../../core/user/verdictKinds';
import type { RowVerdicts } from './rowVerdicts';
import { rowKey, type SaveStatus, type SaveVerdict } from './useVerdictSaver';
import { VerdictPairEditor } from './VerdictPairEditor';

interface Props {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  readonly verdicts: RowVerdicts;
  readonly periodLabels: ReadonlyMap<string, string>;
  readonly statuses: ReadonlyMap<string, SaveStatus>;
  /** Why verdicts cannot be saved now (the user layer is unreadable); undefined when they can. */
  readonly readOnlyReason: string | undefined;
  readonly onSave: SaveVerdict;
}

/** What every verdict cell of one grid shows alike, handed down as one object. */
export type VerdictCellShared = Pick<
  Props,
  'issueId' | 'periodLabels' | 'statuses' | 'readOnlyReason' | 'onSave'
>;

/**
 * The row's end: one verdict per adjacent pair of panes, stacked and each labelled with its
 * direction, then the row's verdicts for pairs not on screen.
 */
export const VerdictCell = memo(function VerdictCell({
  issueId,
  dimensionId,
  dimensionLabel,
  verdicts,
  periodLabels,
  statuses,
  readOnlyReason,
  onSave,
}: Props): React.JSX.Element {
  const { views, others } = verdicts;
  const first = views[0]?.entry?.verdict;
  return (
    <div
      role="gridcell"
      className={`cell verdict-cell verdict-${first ?? 'none'}`}
      data-verdict={first ?? 'none'}
    >
      {/* Sticky, so a tall row keeps its verdict in view while its claims are read. */}
      <div className="verdict-sticky">
        {views.length === 0 && <p className="verdict-status">Choose two periods to judge.</p>}
        {views.map((view) => (
          // One editor per pair, so a rationale being typed is saved to the pair it was typed for.
          <VerdictPairEditor
            key={`${view.pair.from}>${view.pair.to}`}
            issueId={issueId}
            dimensionId={dimensionId}
            dimensionLabel={dimensionLabel}
            pair={view.pair}
            entry={view.entry}
            reversed={view.reversed}
            history={view.history}
            sides={view.sides}
            periodLabels={periodLabels}
            status={statuses.get(rowKey(issueId, dimensionId, view.pair))}
            readOnlyReason={readOnlyReason}
            onSave={onSave}
          />
        ))}
        {others.map((v) => (
          <p className="verdict-other-pair" key={`${v.pair.from}>${v.pair.to}`}>
            {pairLabel(v.pair, periodLabels)}: {VERDICT_LABELS[v.verdict]}
          </p>
        ))}
      </div>
    </div>
  );
});
