/** What the workbench's cards, rows and sidebar need of the analyst's own evidence. */
import { createContext, useContext } from 'react';
import type { Claim, TextQuoteSelector } from '../../../core/case/schema';
import type { MergedCase } from '../../../core/user/merge';
import type { UserLayerState } from '../../../core/user/schema';

/** What the claim form starts with when opened from a row, a cell or a selection. */
export interface ClaimPrefill {
  readonly issue?: string;
  readonly dimension?: string;
  readonly period?: string;
  readonly source?: string;
  readonly selector?: TextQuoteSelector;
  /** "Where in the source": the passage's place in its document. */
  readonly locator?: string;
}

export type PanelTab = 'sources' | 'data' | 'share' | 'problems';

export interface EvidenceActions {
  readonly caseId: string;
  readonly merged: MergedCase;
  /** Why the layer cannot be changed now (a broken user.json), if it cannot. */
  readonly readOnlyReason: string | undefined;
  readonly applyUser: (user: UserLayerState) => void;
  readonly addClaim: (prefill?: ClaimPrefill) => void;
  readonly editClaim: (claimId: string) => void;
  readonly deleteClaim: (claimId: string) => void;
  readonly addIssue: () => void;
  readonly addDimension: (issueId: string) => void;
  readonly openPanel: (tab?: PanelTab) => void;
  readonly openDocument: (documentId: string, focusQuoteId?: string) => void;
  /** Opens the claim's quote in an attached document of its source, if there is one. */
  readonly showInContext: (claim: Claim) => void;
  readonly notify: (message: string) => void;
}

export const EvidenceContext = createContext<EvidenceActions | undefined>(undefined);

/** The evidence actions; undefined outside the workbench (a card rendered on its own). */
export function useEvidence(): EvidenceActions | undefined {
  return useContext(EvidenceContext);
}
