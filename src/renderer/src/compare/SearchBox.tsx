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
      <StepButton direction={-1} disabled={hitCount === 0} onStep={onStep} />
      <StepButton direction={1} disabled={hitCount === 0} onStep={onStep} />
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

const STEPS = {
  [-1]: { label: 'Previous match', key: 'Shift+Enter', chevron: 'up' },
  [1]: { label: 'Next match', key: 'Enter', chevron: 'down' },
} as const;

interface StepButtonProps {
  readonly direction: 1 | -1;
  readonly disabled: boolean;
  readonly onStep: (direction: 1 | -1) => void;
}

/** One step through the hits, backwards or forwards, with the key that does the same. */
function StepButton({ direction, disabled, onStep }: StepButtonProps): React.JSX.Element {
  const step = STEPS[direction];
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={step.label}
      title={`${step.label} (${step.key})`}
      disabled={disabled}
      onClick={() => onStep(direction)}
    >
      <ChevronIcon direction={step.chevron} />
    </button>
  );
}
