import { forwardRef } from 'react';
import { ChevronIcon, OnlyMatchesIcon, SearchIcon } from '../ui/icons';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly query: string;
  readonly hitCount: number;
  /** Index of the hit shown, or -1 before the first jump. */
  readonly current: number;
  readonly hasTerms: boolean;
  readonly onlyMatches: boolean;
  readonly onQuery: (query: string) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onOnlyMatches: (only: boolean) => void;
}

/** Search over statements and quotes: Enter / Shift+Enter step through the hits. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { query, hitCount, current, hasTerms, onlyMatches, onQuery, onStep, onOnlyMatches },
  ref,
) {
  const status = !hasTerms
    ? ''
    : hitCount === 0
      ? 'No matches'
      : current >= 0
        ? `${current + 1} of ${hitCount}`
        : plural(hitCount, 'match', 'matches');
  return (
    <div className="search" role="search" aria-label="Claims and quotes">
      <SearchIcon className="search-icon" />
      <input
        ref={ref}
        type="search"
        className="search-input"
        aria-label="Search claims and quotes"
        aria-describedby="search-status"
        placeholder="Search claims and quotes"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            onQuery('');
          }
        }}
      />
      <span className="search-status" id="search-status" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={hitCount === 0}
        onClick={() => onStep(-1)}
      >
        <ChevronIcon direction="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={hitCount === 0}
        onClick={() => onStep(1)}
      >
        <ChevronIcon direction="down" />
      </button>
      {hasTerms && (
        <button
          type="button"
          className={`tool-button only-matches${onlyMatches ? ' is-active' : ''}`}
          aria-pressed={onlyMatches}
          title="Only matches: hide the claims that do not match"
          aria-label="Only matches"
          onClick={() => onOnlyMatches(!onlyMatches)}
        >
          <OnlyMatchesIcon size={14} />
        </button>
      )}
    </div>
  );
});
