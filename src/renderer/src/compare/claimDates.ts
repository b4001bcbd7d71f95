/** A claim's date as shown on its card: "Jun 2019", "2018 – 2019", or nothing when undated. */
import type { Claim } from '../../../core/case/schema';
import { formatPartialDate } from '../../../core/format/dates';

export function claimDateText(claim: Pick<Claim, 'date' | 'dateEnd'>): string | undefined {
  if (!claim.date) return undefined;
  const start = formatPartialDate(claim.date);
  return claim.dateEnd ? `${start} – ${formatPartialDate(claim.dateEnd)}` : start;
}
