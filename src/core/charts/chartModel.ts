/** Builds the model of one measure's chart: what is plotted, how it is labelled and sourced. */
import type {
  Case,
  Currency,
  Measure,
  PartialDate,
  Period,
  Point,
  PointRole,
} from '../case/schema';
import { sameAxis, withAddedSeries } from './addedSeries';
import { chooseChartKind, type ChartKind } from './chartKind';
import { formatSourceLine, type Reference } from './citation';
import { measureNotes } from './comparability';
import { conversionTargets, convertMeasure } from './conversion';
import { axisLabel } from './format';
import { buildLegend, buildSummary, derivedNote, NO_FIGURE_WORDS } from './chartText';
import {
  axisScale,
  chronological,
  citedSources,
  OUTSIDE_PERIODS,
  plotPoints,
  plottedValues,
  roleWord,
} from './plotPoints';
import { decimalYear } from './timeAxis';
import type { Band, ChartModel, ColorToken, PlotPoint, Series, Slot, TimeMode } from './types';

export interface ChartOptions {
  /** The periods compared in the panes, in pane order: always shown, even without a figure. */
  readonly compared: readonly Period[];
  /** Show money in this currency, at a rate the case states; ignored where it states none. */
  readonly currency?: Currency;
  readonly timeMode?: TimeMode;
  /** Where an ongoing period ends on a time axis (today, in the app). */
  readonly asOf?: PartialDate;
  /** Other measures drawn in the same chart (those on another axis are left out). */
  readonly added?: readonly Measure[];
  /** A source's full reference in the workspace's citation style; the plain form when absent. */
  readonly reference?: Reference;
}

/** Written where a compared period has no figure, in every chart type. */
export const NO_FIGURE = NO_FIGURE_WORDS;

const ROLE_ORDER: readonly PointRole[] = ['outcome', 'request', 'target', 'pledge'];

export function buildChartModel(kase: Case, primary: Measure, options: ChartOptions): ChartModel {
  // The chart keeps the shape of its own measure; added series are drawn in it.
  const { kind } = chooseChartKind(primary);
  const measure = withAddedSeries(primary, options.added ?? []);
  const addedLabels = (options.added ?? [])
    .filter((m) => m.id !== primary.id && sameAxis(m.unit, primary.unit))
    .map((m) => m.label);
  const timeMode: TimeMode = kind === 'timeSeries' ? (options.timeMode ?? 'calendar') : 'calendar';
  // A conversion applies to the measure's own figures only, so none is offered with added series.
  const targets = addedLabels.length > 0 ? [] : conversionTargets(primary);
  const conversion =
    options.currency && targets.includes(options.currency)
      ? convertMeasure(primary, options.currency)
      : undefined;
  const scale = axisScale(measure, plottedValues(measure, conversion));
  // A period's colour is its place in the case's chronology, as in the panes.
  const order = chronological(kase.periods);
  const periodIndex = (id: string): number => order.findIndex((p) => p.id === id);
  const roles = ROLE_ORDER.filter((r) => measure.points.some((p) => p.role === r));
  const colorByRole = kind === 'requestVsOutcome' || (kind === 'bars' && roles.length > 1);
  const colorOf = (p: Point): ColorToken =>
    colorByRole
      ? { kind: 'role', role: p.role }
      : p.period === undefined
        ? { kind: 'neutral' }
        : { kind: 'period', index: periodIndex(p.period) };
  const slotOf = slotAssigner(kind, measure.points);

  const { reference } = options;
  const points = plotPoints({
    kase,
    measure,
    conversion,
    timeMode,
    colorOf,
    slotOf,
    scale,
    reference,
  });
  const shown = chronological(
    kase.periods.filter(
      (p) => options.compared.some((c) => c.id === p.id) || points.some((x) => x.periodId === p.id),
    ),
  );
  const withFigures = shown.filter((p) => points.some((x) => x.periodId === p.id));
  const emptyPeriods = shown.filter((p) => !withFigures.includes(p));
  const slots = kind === 'timeSeries' ? [] : buildSlots(kind, shown, points);
  const series = buildSeries(kind, timeMode, roles, shown, points, periodIndex);
  const time =
    kind === 'timeSeries'
      ? timeLayout(kase.periods, options, points, timeMode, periodIndex)
      : { bands: slotBands(shown, slots, periodIndex, kind !== 'ladder') };
  const outside = points.filter((p) => p.periodId === undefined);
  const currency =
    measure.unit.kind === 'money' ? (conversion?.to ?? measure.unit.currency) : undefined;
  const valueAxisLabel = axisLabel(measure.unit, measure.basis, scale, currency);
  const notes = [
    ...(primary.caveats ?? []),
    ...(addedLabels.length > 0 ? [`Drawn with: ${addedLabels.join('; ')}.`] : []),
    ...measureNotes(measure),
    ...(conversion ? [conversion.note] : []),
    ...(timeMode === 'sinceStart' && outside.length > 0
      ? [
          `${outside.map((p) => p.dateLabel || p.id).join(', ')}: outside every period, so not drawn against the years since a period began.`,
        ]
      : []),
  ];

  return {
    caseId: kase.id,
    measureId: primary.id,
    fileStem: `${kase.id}-${primary.id}`,
    kind,
    title: primary.label,
    subtitle: [namePeriods(withFigures), valueAxisLabel].filter(Boolean).join(' · '),
    emptyPeriods: emptyPeriods.map((p) => p.id),
    continuous: measure.continuous ?? false,
    unit: measure.unit,
    basis: measure.basis,
    currency,
    scale,
    valueAxisLabel,
    timeMode,
    timeAxisLabel:
      kind !== 'timeSeries'
        ? undefined
        : timeMode === 'calendar'
          ? 'Year'
          : 'Years since the period began',
    domain: 'domain' in time ? time.domain : undefined,
    points,
    slots,
    series,
    bands: time.bands,
    legend: buildLegend(kind, points, shown, periodIndex, roles),
    notes,
    derivedNote: derivedNote(points),
    sourceLine: formatSourceLine(citedSources(kase, measure), reference),
    summary: buildSummary(kind, points, shown),
    conversionTargets: targets,
  };
}

/** "Trump 1.0 (2017–2021) and Trump 2.0 (2025–)". */
export function namePeriods(periods: readonly Period[]): string {
  const names = periods.map((p) => `${p.label} (${periodYears(p)})`);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "2017–2021", or "2025–" for an ongoing period. */
export function periodYears(period: Period): string {
  return `${period.start.slice(0, 4)}–${period.end ? period.end.slice(0, 4) : ''}`;
}

/**
 * Bars share a category per period; where a period holds several figures of one role, each gets
 * its own category, told apart by date, else actor, else id. Ladders give every figure a rung.
 */
function slotAssigner(kind: ChartKind, points: readonly Point[]): (p: Point) => string {
  if (kind === 'ladder') return (p) => p.id;
  // Computed once per (period, role): a chart of thousands of points stays linear.
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.period ?? ''}\u0000${p.role}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const partOf = new Map<string, (q: Point) => string | undefined>();
  for (const [key, group] of groups) {
    if (group.length <= 1) continue;
    const distinct = (f: (q: Point) => string | undefined): boolean =>
      group.every((q) => f(q) !== undefined) && new Set(group.map(f)).size === group.length;
    partOf.set(
      key,
      distinct((q) => q.date)
        ? (q) => q.date
        : distinct((q) => q.actor)
          ? (q) => q.actor
          : (q) => q.id,
    );
  }
  return (p) => {
    // A point outside every period has a slot of its own.
    if (p.period === undefined) return `outside:${p.id}`;
    const part = partOf.get(`${p.period}\u0000${p.role}`);
    return part ? `${p.period}:${part(p) ?? p.id}` : p.period;
  };
}

function buildSlots(
  kind: ChartKind,
  shown: readonly Period[],
  points: readonly PlotPoint[],
): Slot[] {
  const slots: Slot[] = points
    .filter((p) => p.periodId === undefined)
    .map((p) => ({
      key: p.slot,
      label: p.dateLabel || OUTSIDE_PERIODS,
      sublabel: p.dateLabel ? 'outside the periods' : undefined,
      points: [p],
    }));
  for (const period of shown) {
    const inPeriod = points.filter((p) => p.periodId === period.id);
    if (inPeriod.length === 0) {
      // On a ladder the period's band already names it; bars name it under the empty slot.
      slots.push(
        kind === 'ladder'
          ? { key: period.id, label: '', periodId: period.id, points: [] }
          : {
              key: period.id,
              label: period.label,
              sublabel: NO_FIGURE,
              periodId: period.id,
              points: [],
            },
      );
      continue;
    }
    if (kind === 'ladder') {
      const rungs = [...inPeriod].sort(
        (a, b) => a.value - b.value || (a.actor ?? '').localeCompare(b.actor ?? ''),
      );
      for (const p of rungs) {
        slots.push({
          key: p.slot,
          label: p.actor ?? roleWord(p.role),
          sublabel: roleWord(p.role),
          periodId: period.id,
          points: [p],
        });
      }
      continue;
    }
    const keys = [...new Set(inPeriod.map((p) => p.slot))].sort((a, b) =>
      a === period.id ? -1 : b === period.id ? 1 : a.localeCompare(b),
    );
    for (const key of keys) {
      const pts = inPeriod.filter((p) => p.slot === key);
      const first = pts[0]!;
      const detail =
        key === period.id ? undefined : first.dateLabel || first.actor || first.label || first.id;
      slots.push({ key, label: period.label, sublabel: detail, periodId: period.id, points: pts });
    }
  }
  return slots;
}

function buildSeries(
  kind: ChartKind,
  timeMode: TimeMode,
  roles: readonly PointRole[],
  shown: readonly Period[],
  points: readonly PlotPoint[],
  periodIndex: (id: string) => number,
): Series[] {
  const byRole = (color: (r: PointRole) => ColorToken): Series[] =>
    roles.map((role) => ({
      key: role,
      label: capitalise(roleWord(role)),
      color: color(role),
      points: sortByX(points.filter((p) => p.role === role)),
    }));
  switch (kind) {
    case 'ladder':
      return [{ key: 'value', label: 'Threshold', color: { kind: 'neutral' }, points }];
    case 'bars':
    case 'requestVsOutcome':
      return byRole((role) => ({ kind: 'role', role }));
    case 'timeSeries':
      if (timeMode === 'calendar') return byRole(() => ({ kind: 'neutral' }));
      return shown
        .filter((period) => points.some((p) => p.periodId === period.id))
        .flatMap((period) =>
          roles
            .filter((role) => points.some((p) => p.periodId === period.id && p.role === role))
            .map((role) => ({
              key: `${period.id}-${role}`,
              label: roles.length > 1 ? `${period.label}, ${roleWord(role)}` : period.label,
              color: { kind: 'period', index: periodIndex(period.id) } as const,
              points: sortByX(points.filter((p) => p.periodId === period.id && p.role === role)),
            })),
        );
  }
}

function sortByX(points: readonly PlotPoint[]): PlotPoint[] {
  return [...points].sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
}

function timeLayout(
  periods: readonly Period[],
  options: ChartOptions,
  points: readonly PlotPoint[],
  timeMode: TimeMode,
  periodIndex: (id: string) => number,
): { domain: [number, number]; bands: Band[] } {
  const xs = points.map((p) => p.x).filter((x): x is number => x !== undefined);
  const latest = Math.max(...xs);
  const span = (p: Period): [number, number] => {
    const start = decimalYear(p.start);
    const end = p.end
      ? decimalYear(p.end)
      : options.asOf
        ? decimalYear(options.asOf, 'end')
        : Math.max(start + 1, latest);
    return [start, Math.max(end, start)];
  };
  if (timeMode === 'sinceStart') {
    const lengths = options.compared.map((p) => span(p)[1] - span(p)[0]);
    const domain: [number, number] = [
      Math.floor(Math.min(0, ...xs)),
      Math.ceil(Math.max(1, ...xs, ...lengths)),
    ];
    return { domain, bands: [] };
  }
  const ends = options.compared.flatMap((p) => span(p));
  const domain: [number, number] = [
    Math.floor(Math.min(...xs, ...ends)),
    Math.ceil(Math.max(...xs, ...ends)),
  ];
  const bands: Band[] = [];
  for (const p of chronological(periods)) {
    const [x1, x2] = span(p);
    if (x2 <= domain[0] || x1 >= domain[1]) continue;
    const empty = !points.some((x) => x.periodId === p.id);
    // Only a compared period without figures is marked; others are context.
    const marked = empty && options.compared.some((c) => c.id === p.id);
    bands.push({
      periodId: p.id,
      label: p.label,
      color: { kind: 'period', index: periodIndex(p.id) },
      empty: marked,
      x1: Math.max(x1, domain[0]),
      x2: Math.min(x2, domain[1]),
    });
  }
  return { domain, bands };
}

function slotBands(
  shown: readonly Period[],
  slots: readonly Slot[],
  periodIndex: (id: string) => number,
  bars: boolean,
): Band[] {
  return shown.flatMap((p) => {
    const own = slots.filter((s) => s.periodId === p.id);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return [];
    return [
      {
        periodId: p.id,
        label: p.label,
        color: { kind: 'period', index: periodIndex(p.id) } as const,
        // Bars name an empty period under its slot; a ladder's band says it.
        empty: !bars && first.points.length === 0,
        slot1: first.key,
        slot2: last.key,
      },
    ];
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
