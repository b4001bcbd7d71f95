/** Verdicts as the workbench reads them: per row and pair, and tallied per issue area or case. */
import type { Case } from '../case/schema';
import type { PeriodPair, VerdictChange, VerdictEntry } from '../user/verdict';
import { VERDICT_KINDS, verdictKey, type VerdictKind } from '../user/verdictKinds';
import type { UserLayer } from '../user/schema';
import { onePerObject } from '../onePerObject';

export const VERDICT_ORDER: readonly VerdictKind[] = VERDICT_KINDS;

interface LayerIndex {
  readonly byKey: ReadonlyMap<string, VerdictEntry>;
  readonly byRow: ReadonlyMap<string, readonly VerdictEntry[]>;
  readonly history: ReadonlyMap<string, readonly VerdictChange[]>;
}

function rowKey(issue: string, dimension: string): string {
  return `${issue}\u0000${dimension}`;
}

// Layers are immutable (each save returns a new one), so one index per layer object suffices.
const indexOf = onePerObject((layer: UserLayer): LayerIndex => {
  const byRow = new Map<string, VerdictEntry[]>();
  for (const v of layer.verdicts) {
    const key = rowKey(v.issue, v.dimension);
    const list = byRow.get(key);
    if (list) list.push(v);
    else byRow.set(key, [v]);
  }
  return {
    byKey: new Map(layer.verdicts.map((v) => [verdictKey(v.issue, v.dimension, v.pair), v])),
    byRow,
    history: new Map(
      layer.verdictHistory.map((h) => [verdictKey(h.issue, h.dimension, h.pair), h.changes]),
    ),
  };
});

/** The verdict of a row for one ordered pair; one for the reversed pair is not it. */
export function verdictFor(
  layer: UserLayer,
  issue: string,
  dimension: string,
  pair: PeriodPair,
): VerdictEntry | undefined {
  return indexOf(layer).byKey.get(verdictKey(issue, dimension, pair));
}

/** Every stored verdict of a row, whatever its pair, in the order of the file. */
export function verdictsOfRow(
  layer: UserLayer,
  issue: string,
  dimension: string,
): readonly VerdictEntry[] {
  return indexOf(layer).byRow.get(rowKey(issue, dimension)) ?? [];
}

/** How the verdict of a row for a pair moved, oldest first (a `null` kind is a clear). */
export function verdictHistoryOf(
  layer: UserLayer,
  issue: string,
  dimension: string,
  pair: PeriodPair,
): readonly VerdictChange[] {
  return indexOf(layer).history.get(verdictKey(issue, dimension, pair)) ?? [];
}

export interface VerdictTally {
  readonly counts: Readonly<Record<VerdictKind, number>>;
  /** Rows with a verdict for the pair. */
  readonly judged: number;
  /** Rows without one. */
  readonly notJudged: number;
  /** Rows in all. */
  readonly rows: number;
}

function emptyCounts(): Record<VerdictKind, number> {
  return Object.fromEntries(VERDICT_ORDER.map((k) => [k, 0])) as Record<VerdictKind, number>;
}

/**
 * The verdicts for one pair of one issue area (or of every issue area without `issueId`).
 * Verdicts on rows the case no longer has, and verdicts for other pairs, are not counted.
 */
export function tallyVerdicts(
  kase: Case,
  layer: UserLayer,
  pair: PeriodPair,
  issueId?: string,
): VerdictTally {
  const counts = emptyCounts();
  let judged = 0;
  let rows = 0;
  for (const issue of kase.issues) {
    if (issueId !== undefined && issue.id !== issueId) continue;
    for (const dimension of issue.dimensions) {
      rows += 1;
      const entry = verdictFor(layer, issue.id, dimension.id, pair);
      if (entry) {
        counts[entry.verdict] += 1;
        judged += 1;
      }
    }
  }
  return { counts, judged, notJudged: rows - judged, rows };
}
