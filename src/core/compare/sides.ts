/**
 * Which side of a pair has claims on a row, and the verdicts that make sense for it. Most rows
 * of the default case have claims for one period only; a verdict on such a row says something
 * different ("new", "dropped") from one on a row with claims on both sides.
 */
import type { Case } from '../case/schema';
import type { PeriodPair, VerdictKind } from '../user/verdict';

export type RowSides = 'both' | 'from-only' | 'to-only' | 'neither';

export interface RowSidesOf {
  readonly issue: string;
  readonly dimension: string;
  readonly sides: RowSides;
}

/** Which side of the pair has claims on one row. */
export function rowSides(kase: Case, issue: string, dimension: string, pair: PeriodPair): RowSides {
  let from = false;
  let to = false;
  for (const c of kase.claims) {
    if (c.issue !== issue || c.dimension !== dimension) continue;
    if (c.period === pair.from) from = true;
    else if (c.period === pair.to) to = true;
    if (from && to) return 'both';
  }
  return from ? 'from-only' : to ? 'to-only' : 'neither';
}

/** Every row of the case (or of one issue area) with its sides for the pair, in case order. */
export function sidesOfRows(kase: Case, pair: PeriodPair, issueId?: string): RowSidesOf[] {
  const seen = new Map<string, { from: boolean; to: boolean }>();
  for (const c of kase.claims) {
    if (c.period !== pair.from && c.period !== pair.to) continue;
    const key = `${c.issue}\u0000${c.dimension}`;
    const s = seen.get(key) ?? { from: false, to: false };
    if (c.period === pair.from) s.from = true;
    else s.to = true;
    seen.set(key, s);
  }
  const out: RowSidesOf[] = [];
  for (const issue of kase.issues) {
    if (issueId !== undefined && issue.id !== issueId) continue;
    for (const d of issue.dimensions) {
      const s = seen.get(`${issue.id}\u0000${d.id}`);
      const sides: RowSides =
        s?.from && s.to ? 'both' : s?.from ? 'from-only' : s?.to ? 'to-only' : 'neither';
      out.push({ issue: issue.id, dimension: d.id, sides });
    }
  }
  return out;
}

/** What a one-sided row says: "only Trump 2.0 has claims"; nothing for a row with both. */
export function sidesText(
  sides: RowSides,
  pair: PeriodPair,
  labels: ReadonlyMap<string, string>,
): string | undefined {
  const label = (id: string): string => labels.get(id) ?? id;
  switch (sides) {
    case 'both':
      return undefined;
    case 'from-only':
      return `only ${label(pair.from)} has claims`;
    case 'to-only':
      return `only ${label(pair.to)} has claims`;
    case 'neither':
      return `neither ${label(pair.from)} nor ${label(pair.to)} has claims`;
  }
}

/**
 * The verdicts that fit a row, by its sides. With claims on both sides every comparison of
 * degree applies. With claims only for the later side of the pair, the policy is "new" there —
 * or the source simply says nothing of the earlier one ("no counterpart in the source"); with
 * claims only for the earlier side it was "dropped", or again the source is silent. "New" and
 * "dropped" are judgements about policy; "no counterpart" is one about the source.
 */
export function verdictVocabulary(sides: RowSides): readonly VerdictKind[] {
  switch (sides) {
    case 'both':
      return ['continuity', 'intensified', 'softened', 'reversed', 'unclear'];
    case 'to-only':
      return ['new', 'no-counterpart', 'unclear'];
    case 'from-only':
      return ['dropped', 'no-counterpart', 'unclear'];
    case 'neither':
      return ['no-counterpart', 'unclear'];
  }
}
