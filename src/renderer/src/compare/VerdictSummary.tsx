import { VERDICT_ORDER, type VerdictTally } from '../../../core/compare/verdicts';
import { VERDICT_LABELS, type VerdictKind } from '../../../core/user/verdictKinds';

/** A verdict kind, or the rows without one. */
export type TallyKind = VerdictKind | 'none';

/** The rows a summary count stands for: one kind, in one issue area or the whole case. */
export interface TallyPick {
  readonly kind: TallyKind;
  readonly issue: string | undefined;
}

interface Props {
  readonly tally: VerdictTally;
  readonly direction: string;
  /** The issue area this line sums up; undefined for the whole case. */
  readonly issue: string | undefined;
  /** "in Trade", "in the case": said to screen readers with each count. */
  readonly where: string;
  readonly picked: TallyPick | undefined;
  readonly onPick: (pick: TallyPick | undefined) => void;
}

/** "Trump 1.0 → Trump 2.0: 6 continuity, 4 intensified, 14 not judged", each count a link. */
export function VerdictSummary(props: Props): React.JSX.Element {
  const { tally, direction, issue, picked } = props;
  const parts: { kind: TallyKind; count: number; word: string }[] = [
    ...VERDICT_ORDER.filter((k) => tally.counts[k] > 0).map((k) => ({
      kind: k,
      count: tally.counts[k],
      word: VERDICT_LABELS[k].toLowerCase(),
    })),
    { kind: 'none' as const, count: tally.notJudged, word: 'not judged' },
  ].filter((p) => p.count > 0);
  return (
    <p className="verdict-summary" data-issue={issue ?? ''}>
      <span className="verdict-summary-pair">{direction}:</span>{' '}
      {parts.map((p, i) => {
        const on = picked?.kind === p.kind && picked.issue === issue;
        return (
          <span key={p.kind}>
            {i > 0 && ', '}
            <button
              type="button"
              className={`link-button verdict-summary-count verdict-${p.kind}`}
              aria-pressed={on}
              aria-label={`${p.count} ${p.word} ${props.where}: highlight their rows`}
              data-kind={p.kind}
              onClick={() => props.onPick(on ? undefined : { kind: p.kind, issue })}
            >
              {p.count} {p.word}
            </button>
          </span>
        );
      })}
    </p>
  );
}
