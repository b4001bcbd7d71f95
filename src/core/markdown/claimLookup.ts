/**
 * How the preview names the claims of a case: the chip shows a short statement; its tooltip the
 * whole statement and the quote it rests on, so a link can be checked against its evidence.
 */
import type { Case } from '../case/schema';
import { chipLabel } from './claimLinks';
import type { ClaimLookup } from './noteMarkdown';

export function claimLookupFor(kase: Pick<Case, 'claims'>): ClaimLookup {
  const byId = new Map(kase.claims.map((c) => [c.id, c]));
  return (id) => {
    const claim = byId.get(id);
    return claim
      ? {
          label: chipLabel(claim.statement),
          title: `${claim.statement}\n“${claim.evidence.selector.exact}”`,
        }
      : undefined;
  };
}
