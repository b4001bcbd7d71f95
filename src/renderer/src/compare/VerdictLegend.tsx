import { VERDICT_ORDER, type VerdictTally } from '../../../core/compare/verdicts';
import { VERDICT_LABELS } from '../../../core/user/verdictKinds';
import { VerdictIcon } from '../ui/icons';

interface Props {
  readonly tally: VerdictTally;
}

/** The verdict colours and symbols, each with how many rows carry it. */
export function VerdictLegend({ tally }: Props): React.JSX.Element {
  return (
    <ul className="verdict-legend" aria-label="Verdicts recorded">
      {VERDICT_ORDER.map((v) => (
        <li key={v} className={`verdict-chip verdict-${v}`}>
          <VerdictIcon verdict={v} size={12} />
          <span>{VERDICT_LABELS[v]}</span>
          <span className="verdict-count">{tally.counts[v]}</span>
        </li>
      ))}
      <li className="verdict-chip verdict-none">
        <span className="verdict-none-dot" aria-hidden="true" />
        <span>Not judged</span>
        <span className="verdict-count">{tally.rows - tally.judged}</span>
      </li>
    </ul>
  );
}
