/**
 * Places in the comparison where other features add their controls (adding and editing the
 * analyst's own claims, the notes citing a claim): the workbench fills them, so the comparison
 * never imports those features.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { Claim } from '../../../core/case/schema';

export interface RowAddClaimProps {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  readonly period: string | undefined;
}

export interface ClaimSlots {
  /** In a row's header: add a claim to the row. */
  readonly RowAddClaim: ComponentType<RowAddClaimProps>;
  /** On a claim's card: marks a claim the analyst added. */
  readonly YoursBadge: ComponentType<{ readonly claimId: string }>;
  /** On a claim's card: edit and delete the analyst's own claim. */
  readonly OwnClaimActions: ComponentType<{ readonly claim: Claim }>;
  /** In the evidence dialog: open the claim's source document at the quote. */
  readonly ShowInContext: ComponentType<{
    readonly claim: Claim;
    readonly onBeforeOpen?: () => void;
  }>;
  /**
   * Which notes cite a claim: a count on its card (`onShowAll` lists them when there are
   * several), the list in the evidence dialog (`onBeforeOpen` closes it before going to a note).
   */
  readonly NoteBacklinks: ComponentType<NoteBacklinksProps>;
}

export interface NoteBacklinksProps {
  readonly claimId: string;
  readonly placement: 'card' | 'dialog';
  readonly onShowAll?: () => void;
  readonly onBeforeOpen?: () => void;
}

const Nothing = (): null => null;

/** Without a provider the slots are empty: the comparison shows the case alone. */
export const ClaimSlotsContext = createContext<ClaimSlots>({
  RowAddClaim: Nothing,
  YoursBadge: Nothing,
  OwnClaimActions: Nothing,
  ShowInContext: Nothing,
  NoteBacklinks: Nothing,
});

export function useClaimSlots(): ClaimSlots {
  return useContext(ClaimSlotsContext);
}
