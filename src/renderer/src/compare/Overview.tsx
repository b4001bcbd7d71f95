import { useMemo } from 'react';
import type { Case } from '../../../core/case/schema';
import { pairLabel, pairOfPanes } from '../../../core/compare/pairs';
import { tallyVerdicts, verdictFor } from '../../../core/compare/verdicts';
import { VERDICT_LABELS, type PeriodPair, type UserLayer } from '../../../core/user/schema';
import { VerdictIcon } from '../ui/icons';
import { VerdictLegend } from './VerdictLegend';

interface Props {
  readonly kase: Case;
  readonly layer: UserLayer;
  /** The periods on screen: only the verdicts of their pair (first → second) are counted. */
  readonly panes: readonly string[];
  readonly currentIssue: string;
  readonly onOpenRow: (issueId: string, dimensionId: string) => void;
  /** Put beside the legend: the overview's own actions (its export). */
  readonly actions?: React.ReactNode;
}

/**
 * Every issue area × dimension at a glance, coloured by the analyst's verdict. Issue areas have
 * different dimensions, so each row lists its own; a click opens that row in the comparison.
 */
export function Overview(props: Props): React.JSX.Element {
  const [from, to] = props.panes;
  const pair = useMemo(() => pairOfPanes([from ?? '', to ?? '']), [from, to]);
  if (!pair) return <p className="overview-sub">Choose two periods to see their verdicts.</p>;
  return <PairOverview {...props} pair={pair} />;
}

function PairOverview({
  kase,
  layer,
  pair,
  currentIssue,
  onOpenRow,
  actions,
}: Props & { readonly pair: PeriodPair }): React.JSX.Element {
  const tally = useMemo(() => tallyVerdicts(kase, layer, pair), [kase, layer, pair]);
  const direction = pairLabel(pair, new Map(kase.periods.map((p) => [p.id, p.label])));
  const widest = Math.max(...kase.issues.map((i) => i.dimensions.length));
  return (
    <section className="overview" aria-labelledby="overview-title">
      <header className="overview-header">
        <div>
          <h2 id="overview-title">Overview of verdicts, {direction}</h2>
          <p className="overview-sub">
            {tally.judged} of {tally.rows} comparisons judged for {direction}. Choose a cell to open
            it.
          </p>
        </div>
        <VerdictLegend tally={tally} />
        {actions}
      </header>
      <div className="overview-scroll">
        <table className="overview-table">
          <colgroup>
            <col className="overview-col-issue" />
            <col className="overview-col-judged" />
            {Array.from({ length: widest }, (_, i) => (
              <col key={i} />
            ))}
          </colgroup>
          <caption className="sr-only">Verdicts by issue area and dimension</caption>
          <thead>
            <tr>
              <th scope="col">Issue area</th>
              <th scope="col">Judged</th>
              <th scope="colgroup" colSpan={widest}>
                Dimensions
              </th>
            </tr>
          </thead>
          <tbody>
            {kase.issues.map((issue) => {
              const issueTally = tallyVerdicts(kase, layer, pair, issue.id);
              return (
                <tr key={issue.id} aria-current={issue.id === currentIssue ? 'true' : undefined}>
                  <th scope="row" className="overview-issue">
                    {issue.label}
                  </th>
                  <td className="overview-judged">
                    {issueTally.judged}/{issueTally.rows}
                  </td>
                  {Array.from({ length: widest }, (_, i) => {
                    const dimension = issue.dimensions[i];
                    if (!dimension) return <td key={i} className="overview-none" />;
                    const entry = verdictFor(layer, issue.id, dimension.id, pair);
                    const label = entry ? VERDICT_LABELS[entry.verdict] : 'Not judged';
                    return (
                      <td key={i}>
                        <button
                          type="button"
                          className={`overview-cell verdict-${entry?.verdict ?? 'none'}`}
                          data-issue={issue.id}
                          data-dimension={dimension.id}
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
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
