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
import { chooseChartKind } from './chartKind';
import { buildSeries } from './chartSeries';
import { buildSlots, slotAssigner, slotBands } from './chartSlots';
import { formatSourceLine, type Reference } from './citation';
import { measureNotes } from './comparability';
import { conversionTargets, convertMeasure } from './conversion';
import { axisLabel } from './format';
import { buildLegend, buildSummary, derivedNote, NO_FIGURE_WORDS } from './chartText';
import { namePeriods } from './periodNames';
import { axisScale, chronological, citedSources, plotPoints, plottedValues } from './plotPoints';
import { timeLayout } from './timeLayout';
import type { ChartModel, ColorToken, TimeMode } from './types';

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
