import { useId } from 'react';
import type { Period } from '../../../core/case/schema';
import { reversePair, type PeriodPair } from '../../../core/compare/pairs';
import { Options } from '../ui/Options';

interface Props {
  readonly periods: readonly Period[];
  readonly pair: PeriodPair;
  readonly onChoose: (pair: PeriodPair) => void;
}

/** Any ordered pair of the case's periods: from ▾ → to ▾. */
export function OverviewPairPicker({ periods, pair, onChoose }: Props): React.JSX.Element {
  const id = useId();
  // Picking on one side the period of the other turns the pair round, rather than pairing a
  // period with itself, which no verdict compares.
  const pick = (side: 'from' | 'to', value: string): void => {
    const other = side === 'from' ? pair.to : pair.from;
    if (value === other) onChoose(reversePair(pair));
    else onChoose({ ...pair, [side]: value });
  };
  return (
    <fieldset className="overview-pair">
      <legend className="sr-only">Pair of periods the overview counts</legend>
      <span aria-hidden="true">Verdicts for</span>
      <label className="sr-only" htmlFor={`${id}-from`}>
        Overview from period
      </label>
      <select id={`${id}-from`} value={pair.from} onChange={(e) => pick('from', e.target.value)}>
        <Options items={periods} value={(p) => p.id} label={(p) => p.label} />
      </select>
      <span aria-hidden="true">→</span>
      <label className="sr-only" htmlFor={`${id}-to`}>
        Overview to period
      </label>
      <select id={`${id}-to`} value={pair.to} onChange={(e) => pick('to', e.target.value)}>
        <Options items={periods} value={(p) => p.id} label={(p) => p.label} />
      </select>
    </fieldset>
  );
}
