import { memo } from 'react';
import type { Claim } from '../../../core/case/schema';
import type { SearchTerms } from '../../../core/compare/search';
import { useClaimSlots } from './claimSlots';
import { claimDateText } from './claimDates';
import { Highlighted } from './Highlighted';
import { ModalityBadge } from './ModalityBadge';

interface Props {
  readonly claim: Claim;
  /** "Hughes, RSIS Commentary". */
  readonly citation: string;
  readonly terms: SearchTerms;
  readonly isCurrentHit: boolean;
  readonly onOpen: (claimId: string) => void;
  readonly onFocusClaim: (claimId: string) => void;
}

/** The id of the hidden hint every card points to ("Enter opens the evidence"). */
export const CARD_HINT_ID = 'claim-card-hint';

/** One claim: modality, date, statement, the verbatim quote with its short citation, actors, tags. */
export const ClaimCard = memo(function ClaimCard({
  claim,
  citation,
  terms,
  isCurrentHit,
  onOpen,
  onFocusClaim,
}: Props): React.JSX.Element {
  const { OwnClaimActions, YoursBadge, NoteBacklinks } = useClaimSlots();
  const date = claimDateText(claim);
  const base = `claim-${claim.id}`;
  const open = (): void => onOpen(claim.id);
  return (
    <article
      className={`claim-card mod-${claim.modality}${isCurrentHit ? ' is-current-hit' : ''}`}
      tabIndex={0}
      data-claim-id={claim.id}
      aria-labelledby={`${base}-kind ${base}-text`}
      aria-describedby={CARD_HINT_ID}
      aria-current={isCurrentHit ? 'true' : undefined}
      onClick={() => {
        // Selecting text to copy it is not a request for the evidence.
        if (window.getSelection()?.toString()) return;
        open();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          open();
        }
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusClaim(claim.id);
      }}
    >
      <div className="claim-meta">
        <ModalityBadge modality={claim.modality} id={`${base}-kind`} />
        <YoursBadge claimId={claim.id} />
        {date && (
          <span className="claim-date trailing-figure" title={claim.dateNote}>
            {date}
          </span>
        )}
      </div>
      <p className="claim-statement" id={`${base}-text`}>
        <Highlighted text={claim.statement} terms={terms} />
      </p>
      <blockquote className="claim-quote">
        <p>
          “<Highlighted text={claim.evidence.selector.exact} terms={terms} />”
        </p>
        <footer>
          <cite>{citation}</cite>
          {claim.evidence.locator && <span>, {claim.evidence.locator}</span>}
        </footer>
      </blockquote>
      {(claim.actors.length > 0 || claim.tags.length > 0) && (
        <div className="claim-people">
          {claim.actors.map((a) => (
            <span key={`a-${a}`} className="chip chip-actor">
              {a}
            </span>
          ))}
          {claim.tags.map((t) => (
            <span key={`t-${t}`} className="chip chip-tag">
              #{t}
            </span>
          ))}
        </div>
      )}
      <NoteBacklinks claimId={claim.id} placement="card" onShowAll={open} />
      <OwnClaimActions claim={claim} />
    </article>
  );
});
