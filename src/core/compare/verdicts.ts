/** Verdicts as the workbench reads them: per row, and tallied per issue area or case. */
import type { Case } from '../case/schema';
import { VerdictKind, type UserLayer, type VerdictEntry } from '../user/schema';

export const VERDICT_ORDER: readonly VerdictKind[] = VerdictKind.options;

const indexCache = new WeakMap<UserLayer, ReadonlyMap<string, VerdictEntry>>();

function rowKey(issue: string, dimension: string): string {
  return `${issue}\u0000${dimension}`;
}

export function verdictOf(
  layer: UserLayer,
  issue: string,
  dimension: string,
): VerdictEntry | undefined {
  let index = indexCache.get(layer);
  if (!index) {
    index = new Map(layer.verdicts.map((v) => [rowKey(v.issue, v.dimension), v]));
    indexCache.set(layer, index);
  }
  return index.get(rowKey(issue, dimension));
}

export interface VerdictTally {
  readonly counts: Readonly<Record<VerdictKind, number>>;
  /** Rows with a verdict. */
  readonly judged: number;
  /** Rows in all. */
  readonly rows: number;
}

function emptyCounts(): Record<VerdictKind, number> {
  return { continuity: 0, intensified: 0, softened: 0, reversed: 0, new: 0, unclear: 0 };
}

/** Verdicts of one issue area (or of every issue area without `issueId`). */
export function tallyVerdicts(kase: Case, layer: UserLayer, issueId?: string): VerdictTally {
  const counts = emptyCounts();
  let judged = 0;
  let rows = 0;
  for (const issue of kase.issues) {
    if (issueId !== undefined && issue.id !== issueId) continue;
    for (const dimension of issue.dimensions) {
      rows += 1;
      const entry = verdictOf(layer, issue.id, dimension.id);
      if (entry) {
        counts[entry.verdict] += 1;
        judged += 1;
      }
    }
  }
  return { counts, judged, rows };
}

/** Whether a verdict was given on the periods compared now (same periods, same order). */
export function sameComparison(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
