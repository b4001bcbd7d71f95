import { memo, useState } from 'react';
import type { Claim } from '../../../core/case/schema';
import type { SearchTerms } from '../../../core/compare/search';
import { ClaimCard } from './ClaimCard';
import { pluralWord } from '../../../core/format/plural';

/** Cards shown in a cell before "Show more": a cell of hundreds is read by filtering it. */
export const CELL_PAGE = 25;
/** In a very large issue area (rendered row by row as it scrolls), fewer at first. */
export const CELL_PAGE_LARGE = 10;

interface Props {
  readonly claims: readonly Claim[];
  /** How many cards to show before "Show more". */
  readonly page: number;
  readonly column: number;
  readonly slot: number;
  readonly periodLabel: string;
  /** Claims of this row the filters hide in every period (to explain an empty cell). */
  readonly narrowed: boolean;
  readonly citations: ReadonlyMap<string, string>;
  readonly terms: SearchTerms;
  readonly currentHitId: string | undefined;
  /** A claim that must be on screen (a search hit or a link target), even past the first page. */
  readonly revealId: string | undefined;
  readonly onOpen: (claimId: string) => void;
  readonly onFocusClaim: (claimId: string) => void;
}

/** What every cell of one grid shows alike, handed down as one object. */
export type ClaimCellShared = Pick<
  Props,
  'page' | 'narrowed' | 'citations' | 'terms' | 'onOpen' | 'onFocusClaim'
>;

/** The claims the source makes for one period on one dimension; never a silent hole. */
export const ClaimCell = memo(function ClaimCell({
  claims,
  page,
  column,
  slot,
  periodLabel,
  narrowed,
  citations,
  terms,
  currentHitId,
  revealId,
  onOpen,
  onFocusClaim,
}: Props): React.JSX.Element {
  const [expanded, setExpanded] = useState(false);
  const limit = expanded ? claims.length : page;
  const revealAt = revealId === undefined ? -1 : claims.findIndex((c) => c.id === revealId);
  const shown = Math.max(limit, revealAt + 1);
  const visible = claims.length > shown ? claims.slice(0, shown) : claims;
  const rest = claims.length - visible.length;
  return (
    <div
      role="gridcell"
      className={`cell period-slot-${slot}`}
      data-col={column}
      data-count={claims.length}
      tabIndex={claims.length === 0 ? -1 : undefined}
    >
      {claims.length === 0 ? (
        <p className="cell-empty">
          {narrowed
            ? `No claim for ${periodLabel} matches the filters`
            : `No claim in the source for ${periodLabel}`}
        </p>
      ) : (
        visible.map((claim) => (
          <ClaimCard
            key={claim.id}
            claim={claim}
            citation={citations.get(claim.evidence.source) ?? claim.evidence.source}
            terms={terms}
            isCurrentHit={claim.id === currentHitId}
            onOpen={onOpen}
            onFocusClaim={onFocusClaim}
          />
        ))
      )}
      {rest > 0 && (
        <button type="button" className="cell-more" onClick={() => setExpanded(true)}>
          Show {rest} more {pluralWord(rest, 'claim', 'claims')} for {periodLabel}
        </button>
      )}
    </div>
  );
});
