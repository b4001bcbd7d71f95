import type { VerdictChange } from '../../../core/user/schema';
import { VERDICT_LABELS } from '../../../core/user/verdictKinds';

interface Props {
  readonly history: readonly VerdictChange[];
  /** "Trump 1.0 → Trump 2.0", so the disclosure names the verdict it belongs to. */
  readonly direction: string;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** How one verdict moved, newest first, behind a disclosure so the cell stays compact. */
export function VerdictHistoryList({ history, direction }: Props): React.JSX.Element {
  const newestFirst = [...history].reverse();
  return (
    <details className="verdict-history">
      <summary aria-label={`History of the verdict, ${direction} (${history.length})`}>
        History ({history.length})
      </summary>
      <ol>
        {newestFirst.map((change, i) => (
          <li key={`${change.at}-${i}`} data-kind={change.verdict ?? 'cleared'}>
            <span className="verdict-history-kind">
              {change.verdict ? VERDICT_LABELS[change.verdict] : 'Cleared'}
            </span>{' '}
            <time dateTime={change.at}>{WHEN.format(new Date(change.at))}</time>
          </li>
        ))}
      </ol>
    </details>
  );
}
