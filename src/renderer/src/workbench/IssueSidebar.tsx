import { memo, useRef } from 'react';
import type { Case, Period } from '../../../core/case/schema';
import { pairOfPanes } from '../../../core/compare/pairs';
import { verdictFor } from '../../../core/compare/verdicts';
import type { UserLayer } from '../../../core/user/schema';
import { VERDICT_LABELS } from '../../../core/user/verdictKinds';
import { NotesIcon } from '../ui/icons';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly kase: Case;
  readonly currentIssue: string;
  readonly periods: readonly Period[];
  readonly slots: readonly number[];
  readonly counts: ReadonlyMap<string, readonly number[]>;
  readonly layer: UserLayer;
  /** Search hits per issue area, while searching. */
  readonly hitsByIssue: ReadonlyMap<string, number> | undefined;
  readonly issuesWithNotes: ReadonlySet<string>;
  readonly filtered: boolean;
  readonly onSelect: (issueId: string) => void;
}

/** The issue areas: claims per compared period, verdicts so far, notes and search hits. */
export const IssueSidebar = memo(function IssueSidebar({
  kase,
  currentIssue,
  periods,
  slots,
  counts,
  layer,
  hitsByIssue,
  issuesWithNotes,
  filtered,
  onSelect,
}: Props): React.JSX.Element {
  const listRef = useRef<HTMLUListElement>(null);

  // Up and down move between issue areas inside the list, as in any list of choices.
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>('.issue-link') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    event.preventDefault();
    buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  };

  return (
    <nav className="sidebar" aria-label="Issue areas">
      <h2 className="sidebar-title">
        Issue areas
        <span className="sidebar-periods" aria-hidden="true">
          {periods.map((p, i) => (
            <span key={p.id} className={`period-tag period-slot-${slots[i]}`}>
              {p.label}
            </span>
          ))}
        </span>
      </h2>
      <ul ref={listRef} onKeyDown={onKeyDown}>
        {kase.issues.map((issue) => {
          // The verdicts of the pair on screen only.
          const pair = pairOfPanes(periods.map((p) => p.id));
          const verdictOf = (d: string) => pair && verdictFor(layer, issue.id, d, pair);
          const perPeriod = counts.get(issue.id) ?? [];
          const judged = issue.dimensions.filter((d) => verdictOf(d.id)).length;
          const hits = hitsByIssue?.get(issue.id) ?? 0;
          const hasNotes = issuesWithNotes.has(issue.id);
          const countText = periods
            .map(
              (p, i) =>
                `${p.label}: ${filtered ? `${perPeriod[i] ?? 0} shown` : plural(perPeriod[i] ?? 0, 'claim', 'claims')}`,
            )
            .join(', ');
          return (
            <li key={issue.id}>
              <button
                type="button"
                className="issue-link"
                aria-current={issue.id === currentIssue ? 'page' : undefined}
                data-issue={issue.id}
                onClick={() => onSelect(issue.id)}
              >
                <span className="issue-label">{issue.label}</span>
                <span className="issue-facts">
                  <span className="issue-counts" aria-hidden="true" title={countText}>
                    {periods.map((p, i) => (
                      <span key={p.id} className={`issue-count period-slot-${slots[i]}`}>
                        {i > 0 && <span className="issue-count-sep">|</span>}
                        {perPeriod[i] ?? 0}
                      </span>
                    ))}
                  </span>
                  <span className="sr-only">
                    {countText}; {judged} of {issue.dimensions.length} judged
                    {hasNotes ? '; has notes' : ''}
                    {hits > 0 ? `; ${plural(hits, 'search match', 'search matches')}` : ''}
                  </span>
                  <span className="issue-verdicts" aria-hidden="true">
                    {issue.dimensions.map((d) => {
                      const entry = verdictOf(d.id);
                      return (
                        <span
                          key={d.id}
                          className={`verdict-dot verdict-${entry?.verdict ?? 'none'}`}
                          title={`${d.label}: ${entry ? VERDICT_LABELS[entry.verdict] : 'not judged'}`}
                        />
                      );
                    })}
                    <span className="issue-judged">
                      {judged}/{issue.dimensions.length}
                    </span>
                  </span>
                  {hasNotes && (
                    <span className="issue-notes" aria-hidden="true" title="Has notes">
                      <NotesIcon size={12} />
                    </span>
                  )}
                  {hits > 0 && (
                    <span className="issue-hits" aria-hidden="true">
                      {hits}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
