import { useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { pairLabel } from '../../../core/compare/pairs';
import { tallyVerdicts, verdictFor } from '../../../core/compare/verdicts';
import type { PeriodPair, UserLayer } from '../../../core/user/schema';
import { VERDICT_LABELS } from '../../../core/user/verdictKinds';
import { VerdictIcon } from '../ui/icons';
import { OverviewPairPicker } from './OverviewPairPicker';
import type { OverviewPair } from './useOverviewPair';
import { VerdictLegend } from './VerdictLegend';
import { VerdictSummary, type TallyPick } from './VerdictSummary';

interface Props {
  readonly kase: Case;
  readonly layer: UserLayer;
  /** The pair the overview counts (the pair on screen unless another was picked). */
  readonly overviewPair: OverviewPair;
  readonly currentIssue: string;
  readonly onOpenRow: (issueId: string, dimensionId: string) => void;
  /** Put beside the legend: the overview's own actions (its export). */
  readonly actions?: React.ReactNode;
}

/**
 * Every issue area × dimension at a glance, coloured by the analyst's verdict for one pair.
 * Issue areas have different dimensions, so each row lists its own; a click opens that row in
 * the comparison.
 */
export function Overview(props: Props): React.JSX.Element {
  const { pair, choose } = props.overviewPair;
  if (!pair) return <p className="overview-sub">Choose two periods to see their verdicts.</p>;
  return <PairOverview {...props} pair={pair} onChoose={choose} />;
}

interface PairProps extends Props {
  readonly pair: PeriodPair;
  readonly onChoose: (pair: PeriodPair) => void;
}

function PairOverview(props: PairProps): React.JSX.Element {
  const { kase, layer, pair, currentIssue, onOpenRow, actions } = props;
  const tally = useMemo(() => tallyVerdicts(kase, layer, pair), [kase, layer, pair]);
  const direction = pairLabel(pair, new Map(kase.periods.map((p) => [p.id, p.label])));
  const widest = Math.max(...kase.issues.map((i) => i.dimensions.length));
  const [pickedFor, setPicked] = useState<{ key: string; pick: TallyPick | undefined }>();
  // A highlight belongs to the pair it was picked for.
  const key = `${pair.from}>${pair.to}`;
  const picked = pickedFor?.key === key ? pickedFor.pick : undefined;
  const onPick = (pick: TallyPick | undefined): void => setPicked({ key, pick });
  return (
    <section className="overview" aria-labelledby="overview-title">
      <header className="overview-header">
        <div>
          <h1 id="overview-title">Overview of verdicts, {direction}</h1>
          <OverviewPairPicker periods={kase.periods} pair={pair} onChoose={props.onChoose} />
          <p className="overview-sub">
            {tally.judged} of {tally.rows} comparisons judged for {direction}. Choose a cell to open
            it.
          </p>
          <VerdictSummary
            tally={tally}
            direction={direction}
            issue={undefined}
            where="in the case"
            picked={picked}
            onPick={onPick}
          />
        </div>
        <VerdictLegend tally={tally} />
        {actions}
      </header>
      <div className="overview-scroll" data-highlighting={picked ? 'true' : undefined}>
        <table className="overview-table">
          <colgroup>
            <col className="overview-col-issue" />
            {Array.from({ length: widest }, (_, i) => (
              <col key={i} />
            ))}
          </colgroup>
          <caption className="sr-only">Verdicts by issue area and row</caption>
          <thead>
            <tr>
              <th scope="col">Issue area</th>
              <th scope="colgroup" colSpan={widest}>
                Rows
              </th>
            </tr>
          </thead>
          <tbody>
            {kase.issues.map((issue) => (
              <tr key={issue.id} aria-current={issue.id === currentIssue ? 'true' : undefined}>
                <th scope="row" className="overview-issue">
                  <span className="overview-issue-label">{issue.label}</span>
                  <VerdictSummary
                    tally={tallyVerdicts(kase, layer, pair, issue.id)}
                    direction={direction}
                    issue={issue.id}
                    where={`in ${issue.label}`}
                    picked={picked}
                    onPick={onPick}
                  />
                </th>
                {Array.from({ length: widest }, (_, i) => {
                  const dimension = issue.dimensions[i];
                  if (!dimension) return <td key={i} className="overview-none" />;
                  const entry = verdictFor(layer, issue.id, dimension.id, pair);
                  const label = entry ? VERDICT_LABELS[entry.verdict] : 'Not judged';
                  const lit =
                    picked !== undefined &&
                    picked.kind === (entry?.verdict ?? 'none') &&
                    (picked.issue === undefined || picked.issue === issue.id);
                  return (
                    <td key={i}>
                      <button
                        type="button"
                        className={`overview-cell verdict-${entry?.verdict ?? 'none'}`}
                        data-issue={issue.id}
                        data-dimension={dimension.id}
                        data-highlighted={lit ? 'true' : undefined}
                        title={entry?.rationale || undefined}
                        onClick={() => onOpenRow(issue.id, dimension.id)}
                      >
                        <span className="overview-dim">{dimension.label}</span>
                        <span className="overview-verdict">
                          {entry && <VerdictIcon verdict={entry.verdict} size={12} />}
                          {label}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
