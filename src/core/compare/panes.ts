/**
 * The periods shown side by side: two or three panes, each a distinct period of the case.
 * Every change returns a new list and keeps it valid.
 */
import type { Case, Period } from '../case/schema';

export const MIN_PANES = 2;
export const MAX_PANES = 3;

/** The panes to show: the wanted ones where valid, else the case's default comparison. */
export function resolvePanes(kase: Case, wanted: readonly string[] | undefined): string[] {
  const known = new Set(kase.periods.map((p) => p.id));
  const clean = (ids: readonly string[]): string[] =>
    [...new Set(ids.filter((id) => known.has(id)))].slice(0, MAX_PANES);
  const chosen = clean(wanted ?? []);
  if (chosen.length >= MIN_PANES) return chosen;
  const fallback = clean(kase.defaultComparison);
  if (fallback.length >= MIN_PANES) return fallback;
  return chronological(kase.periods)
    .slice(0, MIN_PANES)
    .map((p) => p.id);
}

/** Swaps the pane at `index` with the next one. */
export function swapPanes(panes: readonly string[], index: number): string[] {
  const next = [...panes];
  const a = next[index];
  const b = next[index + 1];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[index + 1] = a;
  return next;
}

/** Shows `period` in the pane at `index`; if another pane shows it, the two trade places. */
export function replacePane(panes: readonly string[], index: number, period: string): string[] {
  const next = [...panes];
  const current = next[index];
  if (current === undefined || current === period) return next;
  const other = next.indexOf(period);
  if (other !== -1) next[other] = current;
  next[index] = period;
  return next;
}

/** The periods not shown, in chronological order: what a new pane may show. */
export function unusedPeriods(kase: Case, panes: readonly string[]): Period[] {
  return chronological(kase.periods).filter((p) => !panes.includes(p.id));
}

/**
 * Adds a pane with the earliest period not shown. It goes where it falls in time when the panes
 * are in chronological order (Biden between Trump 1.0 and Trump 2.0), else at the end.
 */
export function addPane(kase: Case, panes: readonly string[], period?: string): string[] {
  if (panes.length >= MAX_PANES) return [...panes];
  const candidate = period
    ? unusedPeriods(kase, panes).find((p) => p.id === period)
    : unusedPeriods(kase, panes)[0];
  if (!candidate) return [...panes];
  const starts = new Map(kase.periods.map((p) => [p.id, p.start]));
  const shown = panes.map((id) => starts.get(id) ?? '');
  const inOrder = shown.every((s, i) => i === 0 || shown[i - 1]! <= s);
  if (!inOrder) return [...panes, candidate.id];
  const at = shown.findIndex((s) => s > candidate.start);
  const next = [...panes];
  next.splice(at === -1 ? next.length : at, 0, candidate.id);
  return next;
}

export function removePane(panes: readonly string[], index: number): string[] {
  if (panes.length <= MIN_PANES || index < 0 || index >= panes.length) return [...panes];
  return panes.filter((_, i) => i !== index);
}

/** Pane sizes (percent) that fit the panes: the remembered ones when they match, else equal. */
export function resolvePaneSizes(count: number, wanted: readonly number[] | undefined): number[] {
  if (wanted && wanted.length === count && wanted.every((s) => s > 0)) {
    const total = wanted.reduce((a, b) => a + b, 0);
    return wanted.map((s) => (s / total) * 100);
  }
  return Array.from({ length: count }, () => 100 / count);
}

function chronological(periods: readonly Period[]): Period[] {
  return [...periods].sort((a, b) => a.start.localeCompare(b.start));
}
