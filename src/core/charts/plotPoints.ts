/** A measure's points as the chart plots them: values, labels, quotes, sources, positions. */
import type { Case, Measure, Period, Point, PointRole, Source } from '../case/schema';
import { formatCitation, type Reference } from './citation';
import type { Conversion } from './conversion';
import { describeDerivation } from './derivation';
import { chooseScale, formatAmount, formatMoney, type Scale } from './format';
import { datePosition, dateLabel, yearsSinceStart } from './timeAxis';
import type { ColorToken, PlotPoint, TimeMode } from './types';

/** How a point filed under no period is named where a period's name would go. */
export const OUTSIDE_PERIODS = 'Outside the periods';

export function roleWord(role: PointRole): string {
  return ROLE_WORDS[role];
}
const ROLE_WORDS: Readonly<Record<PointRole, string>> = {
  outcome: 'outcome',
  request: 'request',
  target: 'target',
  pledge: 'pledge',
};

/** Periods in calendar order. */
export function chronological(periods: readonly Period[]): Period[] {
  return [...periods].sort((a, b) => a.start.localeCompare(b.start));
}

/** The scale of the value axis: the one that keeps the largest value at 1 or more. */
export function axisScale(measure: Measure, values: readonly number[]): Scale {
  if (measure.unit.kind === 'percentGdp') return { divisor: 1, word: '' };
  return chooseScale(Math.max(0, ...values.map(Math.abs)));
}

export interface PlotContext {
  readonly kase: Case;
  readonly measure: Measure;
  readonly conversion?: Conversion;
  readonly timeMode: TimeMode;
  readonly colorOf: (point: Point) => ColorToken;
  readonly slotOf: (point: Point) => string;
  readonly scale: Scale;
  /** How a point's source is cited; the plain form when absent. */
  readonly reference?: Reference;
}

/** Every point of the measure, ready to plot. */
export function plotPoints(ctx: PlotContext): PlotPoint[] {
  return ctx.measure.points.map((p) => plotPoint(ctx, p));
}

/** The values the chart will plot, before a scale is chosen (converted where asked). */
export function plottedValues(measure: Measure, conversion?: Conversion): number[] {
  return measure.points.map((p) => conversion?.values.get(p.id)?.value ?? p.value);
}

function plotPoint(ctx: PlotContext, p: Point): PlotPoint {
  const { kase, measure, conversion } = ctx;
  const period = p.period === undefined ? undefined : kase.periods.find((x) => x.id === p.period);
  const converted = conversion?.values.get(p.id);
  const value = converted?.value ?? p.value;
  const currency = conversion?.to;
  const display = formatAmount(value, measure.unit, { bound: p.bound, currency });
  const long = formatAmount(value, measure.unit, { bound: p.bound, currency, long: true });
  const evidence = p.evidence ?? p.derived?.evidence;
  const source = kase.sources.find((s) => s.id === evidence?.source);
  const position = p.date ? datePosition(p.date, p.dateEnd) : undefined;
  const x =
    position === undefined
      ? undefined
      : ctx.timeMode === 'calendar'
        ? position
        : // A point outside every period has no "years since its period began".
          period && yearsSinceStart(position, period);
  const derivation = describeDerivation(p, measure);
  return {
    id: p.id,
    periodId: p.period,
    periodLabel: period?.label ?? p.period ?? OUTSIDE_PERIODS,
    date: p.date,
    dateEnd: p.dateEnd,
    dateLabel: dateLabel(p.date, p.dateEnd),
    x,
    sourceValue: p.value,
    value,
    plotted: value / ctx.scale.divisor,
    bound: p.bound,
    role: p.role,
    actor: p.actor,
    label: p.label,
    kind: p.derived ? 'derived' : 'stated',
    display,
    displayFull: fullDisplay(long, p, measure, converted?.how),
    derivation,
    explanation: p.derived?.explanation,
    caption: p.derived?.caption,
    conversion:
      converted === undefined
        ? undefined
        : converted.how === 'stated'
          ? `The source's own ${formatMoney(value, conversion!.to)}.`
          : `Converted from ${formatAmount(p.value, measure.unit)} at the rate the source states.`,
    quote: evidence?.selector.exact ?? '',
    locator: evidence?.locator,
    sourceId: evidence?.source ?? '',
    citation: source ? (ctx.reference ?? formatCitation)(source) : (evidence?.source ?? ''),
    color: ctx.colorOf(p),
    slot: ctx.slotOf(p),
  };
}

/** The amount with what the source also states: "¥700 billion (US$4.65 billion)". */
function fullDisplay(
  long: string,
  p: Point,
  measure: Measure,
  how: 'stated' | 'converted' | undefined,
): string {
  if (how !== undefined) {
    const original = formatAmount(p.value, measure.unit, { bound: p.bound });
    return how === 'stated' ? `${long} (${original})` : `${long} (from ${original})`;
  }
  const equivalents = (p.equivalents ?? []).map((e) => formatMoney(e.value, e.currency));
  return equivalents.length > 0 ? `${long} (${equivalents.join(', ')})` : long;
}

/** The sources the points cite, each once, in the order first cited. */
export function citedSources(kase: Case, measure: Measure): Source[] {
  const ids: string[] = [];
  for (const p of measure.points) {
    const id = (p.evidence ?? p.derived?.evidence)?.source;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids
    .map((id) => kase.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined);
}
