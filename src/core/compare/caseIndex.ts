/**
 * An index of a case's claims by issue, dimension and period, built once per case object and
 * shared by every view: switching issue area reads from it instead of scanning every claim.
 */
import type { Case, Claim } from '../case/schema';
import { onePerObject } from '../onePerObject';

export interface CaseIndex {
  readonly claimById: ReadonlyMap<string, Claim>;
  /** The claims of one issue, in case order. */
  readonly claimsByIssue: ReadonlyMap<string, readonly Claim[]>;
  /** The position of each claim in the case, for a stable order across groupings. */
  readonly order: ReadonlyMap<string, number>;
  /** Claims of one issue × dimension × period, in case order; key from `cellKey`. */
  readonly cells: ReadonlyMap<string, readonly Claim[]>;
}

const NONE: readonly Claim[] = Object.freeze([]);

export function cellKey(issue: string, dimension: string, period: string): string {
  return `${issue}\u0000${dimension}\u0000${period}`;
}

/** The index of a case; the same object for the same case, so callers may memoise on it. */
export const indexCase = onePerObject((kase: Case): CaseIndex => {
  const claimById = new Map<string, Claim>();
  const claimsByIssue = new Map<string, Claim[]>();
  const cells = new Map<string, Claim[]>();
  const order = new Map<string, number>();
  kase.claims.forEach((claim, i) => {
    claimById.set(claim.id, claim);
    order.set(claim.id, i);
    push(claimsByIssue, claim.issue, claim);
    push(cells, cellKey(claim.issue, claim.dimension, claim.period), claim);
  });
  return { claimById, claimsByIssue, order, cells };
});

export function claimsInCell(
  index: CaseIndex,
  issue: string,
  dimension: string,
  period: string,
): readonly Claim[] {
  return index.cells.get(cellKey(issue, dimension, period)) ?? NONE;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
