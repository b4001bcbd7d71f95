/** The words around a chart: legend, note on derived values, and the summary for screen readers. */
import type { Period, PointRole } from '../case/schema';
import type { ChartKind } from './chartKind';
import { OUTSIDE_PERIODS, roleWord } from './plotPoints';
import type { LegendEntry, PlotPoint } from './types';

export const DERIVED_LEGEND = 'Derived (not stated by the source)';
export const STATED_LEGEND = 'Stated in the source';
/** What an empty slot, band or legend key says of a compared period. */
export const NO_FIGURE_WORDS = 'no figure in the sources';

export function buildLegend(
  kind: ChartKind,
  points: readonly PlotPoint[],
  shown: readonly Period[],
  periodIndex: (id: string) => number,
  roles: readonly PointRole[],
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const byRole = points.some((p) => p.color.kind === 'role');
  const marker = kind === 'timeSeries' ? 'dot' : kind === 'ladder' ? 'rung' : 'solid';
  if (byRole) {
    for (const role of roles) {
      entries.push({
        label: capitalise(roleWord(role)),
        color: { kind: 'role', role },
        style: marker,
      });
    }
  } else {
    if (points.some((p) => p.periodId === undefined)) {
      entries.push({ label: OUTSIDE_PERIODS, color: { kind: 'neutral' }, style: marker });
    }
    for (const period of shown) {
      if (!points.some((p) => p.periodId === period.id)) continue;
      entries.push({
        label: period.label,
        color: { kind: 'period', index: periodIndex(period.id) },
        style: marker,
      });
    }
  }
  for (const period of shown) {
    if (points.some((p) => p.periodId === period.id)) continue;
    entries.push({
      label: `${period.label}: ${NO_FIGURE_WORDS}`,
      color: { kind: 'period', index: periodIndex(period.id) },
      style: 'empty',
    });
  }
  if (points.some((p) => p.kind === 'derived')) {
    // In ink, not a series' colour: these keys say how a mark is drawn, not what it is.
    const stated = kind === 'timeSeries' ? 'dot' : marker;
    entries.push({ label: STATED_LEGEND, color: { kind: 'ink' }, style: stated });
    entries.push({
      label: DERIVED_LEGEND,
      color: { kind: 'ink' },
      style: kind === 'timeSeries' ? 'hollowDot' : 'derived',
    });
  }
  if (kind === 'ladder' && points.some((p) => p.bound === 'atLeast' || p.bound === 'orMore')) {
    entries.push({ label: '↑ at least / or more', color: { kind: 'neutral' }, style: 'rung' });
  }
  return entries;
}

/** What derived values are, and how each follows from the source. */
export function derivedNote(points: readonly PlotPoint[]): string | undefined {
  const derived = points.filter((p) => p.kind === 'derived' && p.derivation);
  if (derived.length === 0) return undefined;
  const lines = derived.map((p) => `${where(p)}: ${p.derivation}`);
  return `Hatched or outlined values are derived, not stated by the source. ${lines.join('; ')}.`;
}

/** Beyond this many points, the summary describes each period's figures instead of listing them. */
export const MAX_LISTED_POINTS = 40;

/**
 * One sentence per point, and one per compared period without a figure; for a long series, one
 * sentence per period (how many figures, over what dates, lowest and highest).
 */
export function buildSummary(
  kind: ChartKind,
  points: readonly PlotPoint[],
  shown: readonly Period[],
): string[] {
  const lines: string[] = [];
  const long = points.length > MAX_LISTED_POINTS;
  for (const p of points) if (p.periodId === undefined) lines.push(describeOne(p));
  for (const period of shown) {
    const own = points.filter((p) => p.periodId === period.id);
    if (own.length === 0) {
      lines.push(`${period.label}: ${NO_FIGURE_WORDS}.`);
      continue;
    }
    const ordered = kind === 'timeSeries' ? [...own].sort((a, b) => (a.x ?? 0) - (b.x ?? 0)) : own;
    if (long) {
      lines.push(describeMany(period, ordered));
      continue;
    }
    for (const p of ordered) lines.push(describeOne(p));
  }
  return lines;
}

function describeOne(p: PlotPoint): string {
  const who = [p.actor, roleWord(p.role)].filter(Boolean).join(', ');
  const how = p.kind === 'derived' ? `derived: ${p.derivation ?? ''}` : `stated: “${p.quote}”`;
  return `${where(p)} — ${who}: ${p.displayFull}; ${how}`;
}

function describeMany(period: Period, points: readonly PlotPoint[]): string {
  let low = points[0]!;
  let high = points[0]!;
  for (const p of points) {
    if (p.value < low.value) low = p;
    if (p.value > high.value) high = p;
  }
  const first = points[0]!.dateLabel;
  const last = points[points.length - 1]!.dateLabel;
  const span = first && last ? ` from ${first} to ${last}` : '';
  const derived = points.filter((p) => p.kind === 'derived').length;
  const at = (p: PlotPoint): string => (p.dateLabel ? ` (${p.dateLabel})` : '');
  return (
    `${period.label}: ${points.length} figures${span}; lowest ${low.display}${at(low)}, ` +
    `highest ${high.display}${at(high)}` +
    (derived > 0 ? `; ${derived} derived, not stated by the source.` : '.')
  );
}

function where(p: PlotPoint): string {
  return p.dateLabel ? `${p.periodLabel}, ${p.dateLabel}` : p.periodLabel;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The line of a dated series, in pieces: solid between stated points, dashed on every link that
 * touches a derived point, so the line too says which figures the source gives. No line at all
 * unless the series is continuous: two figures years apart say nothing of the years between.
 */
export function lineSegments(
  points: readonly PlotPoint[],
  continuous: boolean,
): { readonly points: readonly PlotPoint[]; readonly derived: boolean }[] {
  const segments: { points: PlotPoint[]; derived: boolean }[] = [];
  if (!continuous) return segments;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const derived = a.kind === 'derived' || b.kind === 'derived';
    const last = segments[segments.length - 1];
    if (!derived && last && !last.derived && last.points[last.points.length - 1] === a) {
      last.points.push(b);
    } else {
      segments.push({ points: [a, b], derived });
    }
  }
  return segments;
}
