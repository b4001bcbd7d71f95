import type { Case } from '../../../core/case/schema';
import { adjacentPairs } from '../../../core/compare/pairs';
import { rowSides } from '../../../core/compare/sides';

/**
 * Whether a row has claims on both sides of every adjacent pair of the panes: the rows a
 * comparison of degree (continuity, intensified…) can be made on from the source alone.
 */
export function claimsOnBothSides(
  kase: Case,
  issue: string,
  dimension: string,
  panes: readonly string[],
): boolean {
  const pairs = adjacentPairs(panes);
  return pairs.length > 0 && pairs.every((p) => rowSides(kase, issue, dimension, p) === 'both');
}
