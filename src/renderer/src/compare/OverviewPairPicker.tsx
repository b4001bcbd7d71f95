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
      <PeriodSelect
        id={`${id}-from`}
        label="Overview from period"
        periods={periods}
        value={pair.from}
        onChange={(value) => pick('from', value)}
      />
      <span aria-hidden="true">→</span>
      <PeriodSelect
        id={`${id}-to`}
        label="Overview to period"
        periods={periods}
        value={pair.to}
        onChange={(value) => pick('to', value)}
      />
    </fieldset>
  );
}

interface PeriodSelectProps {
  readonly id: string;
  readonly label: string;
  readonly periods: readonly Period[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** One end of the pair: a period list with a label only screen readers hear. */
function PeriodSelect({
  id,
  label,
  periods,
  value,
  onChange,
}: PeriodSelectProps): React.JSX.Element {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <Options items={periods} value={(p) => p.id} label={(p) => p.label} />
      </select>
    </>
  );
}
