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
      <PeriodSelect baseId={id} side="from" periods={periods} pair={pair} onPick={pick} />
      <span aria-hidden="true">→</span>
      <PeriodSelect baseId={id} side="to" periods={periods} pair={pair} onPick={pick} />
    </fieldset>
  );
}

interface PeriodSelectProps {
  readonly baseId: string;
  readonly side: 'from' | 'to';
  readonly periods: readonly Period[];
  readonly pair: PeriodPair;
  readonly onPick: (side: 'from' | 'to', value: string) => void;
}

/** One end of the pair: a period list with a label only screen readers hear. */
function PeriodSelect({
  baseId,
  side,
  periods,
  pair,
  onPick,
}: PeriodSelectProps): React.JSX.Element {
  const id = `${baseId}-${side}`;
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        Overview {side} period
      </label>
      <select id={id} value={pair[side]} onChange={(e) => onPick(side, e.target.value)}>
        <Options items={periods} value={(p) => p.id} label={(p) => p.label} />
      </select>
    </>
  );
}
