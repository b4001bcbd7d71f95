/**
 * The comparison grid of one issue area: one row per dimension, one cell per compared period,
 * each cell the claims the source makes there. Groupings are memoised per case, issue, periods
 * and narrowing, so switching back and forth between issue areas does no work twice.
 */
import type { Case, Claim, Dimension } from '../case/schema';
import { claimsInCell, indexCase } from './caseIndex';
import { isNarrowed, isShown, narrowingKey, NO_NARROWING, type Narrowing } from './narrowing';

export interface IssueRow {
  readonly dimension: Dimension;
  /** One list per compared period, in pane order. */
  readonly cells: readonly (readonly Claim[])[];
  /** Claims the narrowing hides in this row, over all compared periods. */
  readonly hidden: number;
}

const MAX_MEMO = 64;
const memo = new WeakMap<Case, Map<string, readonly IssueRow[]>>();

export function groupIssue(
  kase: Case,
  issueId: string,
  periods: readonly string[],
  narrowing: Narrowing = NO_NARROWING,
): readonly IssueRow[] {
  const key = `${issueId}|${periods.join(',')}|${narrowingKey(narrowing)}`;
  let perCase = memo.get(kase);
  if (!perCase) memo.set(kase, (perCase = new Map()));
  const cached = perCase.get(key);
  if (cached) return cached;

  const issue = kase.issues.find((i) => i.id === issueId);
  if (!issue) return [];
  const index = indexCase(kase);
  const narrowed = isNarrowed(narrowing);
  const rows = issue.dimensions.map((dimension): IssueRow => {
    let hidden = 0;
    const cells = periods.map((period) => {
      const all = claimsInCell(index, issueId, dimension.id, period);
      if (!narrowed) return all;
      const shown = all.filter((c) => isShown(c, narrowing));
      hidden += all.length - shown.length;
      return shown;
    });
    return { dimension, cells, hidden };
  });
  if (perCase.size >= MAX_MEMO) perCase.delete(perCase.keys().next().value!);
  perCase.set(key, rows);
  return rows;
}

/** The number of claims shown per compared period, for each issue area (pane order). */
export function countByIssue(
  kase: Case,
  periods: readonly string[],
  narrowing: Narrowing = NO_NARROWING,
): ReadonlyMap<string, readonly number[]> {
  const index = indexCase(kase);
  const counts = new Map<string, number[]>();
  for (const issue of kase.issues) {
    const row = periods.map(() => 0);
    for (const claim of index.claimsByIssue.get(issue.id) ?? []) {
      const at = periods.indexOf(claim.period);
      if (at !== -1 && isShown(claim, narrowing)) row[at]! += 1;
    }
    counts.set(issue.id, row);
  }
  return counts;
}
