/** The small buttons the workbench shows for the analyst's own evidence. */
import type { Claim } from '../../../core/case/schema';
import { PlusIcon } from '../ui/icons';
import { ScreenReaderText } from '../ui/ScreenReaderText';
import { useEvidence, type ClaimPrefill } from './EvidenceContext';

/** Sources & data: a stack of documents. */
function SourcesIcon(): React.JSX.Element {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
    >
      <path d="M3 2.5h7l3 3v8h-10z" />
      <path d="M5.5 7h5M5.5 9.5h5M5.5 12h3" />
    </svg>
  );
}

/** "Add claim" and "Sources & data" for the toolbar. */
export function EvidenceToolbarButtons({
  prefill,
}: {
  readonly prefill?: ClaimPrefill;
}): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence) return null;
  return (
    <div className="evidence-toolbar">
      <button
        type="button"
        className="tool-button"
        disabled={evidence.readOnlyReason !== undefined}
        title={evidence.readOnlyReason ?? 'Add a claim of your own'}
        onClick={() => evidence.addClaim(prefill)}
      >
        <PlusIcon />
        <span className="tool-label">Add claim</span>
      </button>
      <button
        type="button"
        className="tool-button"
        title="Sources, data imports, documents and sharing"
        onClick={() => evidence.openPanel()}
      >
        <SourcesIcon />
        <span className="tool-label">Sources &amp; data</span>
        {evidence.merged.problems.length > 0 && (
          <span className="problem-dot" title="Your layer has problems">
            <ScreenReaderText> (problems in your layer)</ScreenReaderText>
          </span>
        )}
      </button>
    </div>
  );
}

/** "New issue area" under the sidebar's list. */
export function NewIssueButton(): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence) return null;
  return (
    <button
      type="button"
      className="link-button sidebar-add"
      disabled={evidence.readOnlyReason !== undefined}
      onClick={evidence.addIssue}
    >
      + New issue area
    </button>
  );
}

/** "Add row" for an issue area's header, beside what the workbench puts there (`children`). */
export function IssueActions({
  issueId,
  children,
}: {
  readonly issueId: string;
  readonly children?: React.ReactNode;
}): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence) return null;
  const disabled = evidence.readOnlyReason !== undefined;
  return (
    <div className="issue-actions">
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => evidence.addDimension(issueId)}
      >
        + Add row
      </button>
      {children}
    </div>
  );
}

/** "Add claim" in a row's header, with its issue area, row and first period filled in. */
export function RowAddClaim({
  issueId,
  dimensionId,
  dimensionLabel,
  period,
}: {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  readonly period: string | undefined;
}): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence || evidence.readOnlyReason) return null;
  return (
    <button
      type="button"
      className="link-button row-add-claim"
      onClick={() => evidence.addClaim({ issue: issueId, dimension: dimensionId, period })}
    >
      + Add claim<ScreenReaderText> to {dimensionLabel}</ScreenReaderText>
    </button>
  );
}

/** On an own claim's card: the "Yours" badge. */
export function YoursBadge({ claimId }: { readonly claimId: string }): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence?.merged.origin.claims.has(claimId)) return null;
  return (
    <span className="yours-badge" title="You added this claim">
      Yours
    </span>
  );
}

/** On an own claim's card: Edit and Delete. */
export function OwnClaimActions({ claim }: { readonly claim: Claim }): React.JSX.Element | null {
  const evidence = useEvidence();
  if (!evidence?.merged.origin.claims.has(claim.id) || evidence.readOnlyReason) return null;
  const short = claim.statement.length > 40 ? `${claim.statement.slice(0, 40)}…` : claim.statement;
  return (
    <div className="own-claim-actions">
      <CardAction
        label="Edit"
        ariaLabel={`Edit your claim: ${short}`}
        onAct={() => evidence.editClaim(claim.id)}
      />
      <CardAction
        label="Delete"
        danger
        ariaLabel={`Delete your claim: ${short}`}
        onAct={() => evidence.deleteClaim(claim.id)}
      />
    </div>
  );
}

/** A link-styled button on a card whose click and keys stay with it, not the card beneath. */
function CardAction(props: {
  readonly label: string;
  readonly ariaLabel: string;
  readonly danger?: boolean;
  readonly onAct: () => void;
}): React.JSX.Element {
  return (
    <button
      type="button"
      className={props.danger ? 'link-button link-danger' : 'link-button'}
      aria-label={props.ariaLabel}
      onClick={(event) => {
        event.stopPropagation();
        props.onAct();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {props.label}
    </button>
  );
}

/** In a claim's evidence dialog: "Show in context" when its source has a document attached. */
export function ShowInContextButton({
  claim,
  onBeforeOpen,
}: {
  readonly claim: Claim;
  readonly onBeforeOpen?: () => void;
}): React.JSX.Element | null {
  const evidence = useEvidence();
  const docs = evidence?.merged.documentsBySource.get(claim.evidence.source) ?? [];
  if (!evidence || docs.length === 0) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        onBeforeOpen?.();
        evidence.showInContext(claim);
      }}
    >
      Show in context
    </button>
  );
}
