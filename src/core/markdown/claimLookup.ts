/** How the preview names the claims of a case: the chip shows a short statement, the tooltip all of it. */
import type { Case } from '../case/schema';
import { chipLabel } from './claimLinks';
import type { ClaimLookup } from './noteMarkdown';

export function claimLookupFor(kase: Pick<Case, 'claims'>): ClaimLookup {
  const byId = new Map(kase.claims.map((c) => [c.id, c]));
  return (id) => {
    const claim = byId.get(id);
    return claim ? { label: chipLabel(claim.statement), title: claim.statement } : undefined;
  };
}
