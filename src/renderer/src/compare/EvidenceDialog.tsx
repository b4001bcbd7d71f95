import { useState } from 'react';
import type { Case, Claim } from '../../../core/case/schema';
import { useClaimSlots } from './claimSlots';
import { claimDateText } from './claimDates';
import { Dialog } from '../ui/Dialog';
import { CopyIcon } from '../ui/icons';
import { ModalityBadge } from './ModalityBadge';
import { useReferences } from '../ui/citations/useReferences';

interface Props {
  readonly kase: Case;
  readonly claim: Claim;
  readonly onClose: () => void;
}

type Copied = { readonly what: string; readonly ok: boolean } | undefined;

/**
 * The evidence of a claim: the verbatim quote in the words around it, where it stands in the
 * source, and the full citation, ready to copy. A modal dialog: Escape or Close returns to the card.
 */
export function EvidenceDialog({ kase, claim, onClose }: Props): React.JSX.Element {
  const { ShowInContext, NoteBacklinks } = useClaimSlots();
  const [copied, setCopied] = useState<Copied>(undefined);
  const source = kase.sources.find((s) => s.id === claim.evidence.source);
  const period = kase.periods.find((p) => p.id === claim.period);
  const issue = kase.issues.find((i) => i.id === claim.issue);
  const dimension = issue?.dimensions.find((d) => d.id === claim.dimension);
  const { exact, prefix, suffix } = claim.evidence.selector;
  const references = useReferences();
  const citation = source ? references.full(source) : `Unknown source "${claim.evidence.source}"`;
  const date = claimDateText(claim);

  const copy = async (what: string, text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ what, ok: true });
    } catch {
      setCopied({ what, ok: false });
    }
  };

  const quoteWithCitation = `“${exact}” ${citation}${
    claim.evidence.locator ? ` (${claim.evidence.locator})` : ''
  }`;

  return (
    <Dialog
      title="Evidence"
      titleId="evidence-title"
      className="evidence-dialog"
      onClose={onClose}
      footer={
        <>
          <p className="copy-status" role="status">
            {copied &&
              (copied.ok
                ? `${copied.what} copied to the clipboard.`
                : `${copied.what} could not be copied: select the text and copy it.`)}
          </p>
          <ShowInContext claim={claim} onBeforeOpen={onClose} />
          <button
            type="button"
            className="button"
            onClick={() => void copy('Quote with citation', quoteWithCitation)}
          >
            <CopyIcon /> Copy quote with citation
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void copy('Citation', citation)}
          >
            <CopyIcon /> Copy citation
          </button>
        </>
      }
    >
      <div className="evidence-claim">
        <div className="claim-meta">
          <ModalityBadge modality={claim.modality} />
          <span className="evidence-where">
            {[issue?.label, dimension?.label, period?.label].filter(Boolean).join(' · ')}
          </span>
          {date && <span className="claim-date trailing-figure">{date}</span>}
        </div>
        <p className={`evidence-statement mod-${claim.modality}`}>{claim.statement}</p>
        {claim.dateNote && <p className="evidence-note">Date: {claim.dateNote}</p>}
        {claim.note && <p className="evidence-note">How this was read: {claim.note}</p>}
      </div>
      <figure className="evidence-quote">
        <blockquote>
          <p>
            {prefix && <span className="quote-context">…{prefix}</span>}
            <mark className="quote-exact">{exact}</mark>
            {suffix && <span className="quote-context">{suffix}…</span>}
          </p>
        </blockquote>
        <figcaption>
          {claim.evidence.locator ? (
            <>
              <span className="evidence-label">In the source:</span> {claim.evidence.locator}
            </>
          ) : (
            <span className="evidence-label">The case gives no place in the source.</span>
          )}
        </figcaption>
      </figure>
      <section className="evidence-source" aria-labelledby="evidence-source-title">
        <h3 id="evidence-source-title">Source</h3>
        <p className="evidence-citation">{citation}</p>
        {source?.date?.note && <p className="evidence-note">About the date: {source.date.note}</p>}
        {source?.rights && <p className="evidence-note">{source.rights}</p>}
      </section>
      <NoteBacklinks claimId={claim.id} placement="dialog" onBeforeOpen={onClose} />
    </Dialog>
  );
}
