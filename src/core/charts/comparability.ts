/**
 * Whether two figures may stand on one axis: the same kind of unit, the same currency, the same
 * basis (a year, a total, a level) and the same span. Where they may not, a chart says so rather
 * than plot them together silently.
 */
import type { Measure, PartialDate, Unit } from '../case/schema';
import { CURRENCY_SYMBOL } from './format';
import { dateLabel } from './timeAxis';

export interface Quantity {
  readonly label: string;
  readonly unit: Unit;
  readonly basis: Measure['basis'];
  readonly date?: PartialDate;
  readonly dateEnd?: PartialDate;
}

export type IncomparabilityReason = 'unit' | 'currency' | 'noun' | 'basis' | 'span';

export interface Incomparability {
  readonly reason: IncomparabilityReason;
  readonly message: string;
}

/** Why `a` and `b` cannot share an axis; empty when they can. */
export function compareQuantities(a: Quantity, b: Quantity): Incomparability[] {
  const found: Incomparability[] = [];
  if (a.unit.kind !== b.unit.kind) {
    found.push({
      reason: 'unit',
      message: `different units (${describeUnit(a.unit)} and ${describeUnit(b.unit)})`,
    });
  } else if (a.unit.kind === 'money' && b.unit.kind === 'money') {
    if (a.unit.currency !== b.unit.currency) {
      found.push({
        reason: 'currency',
        message: `different currencies (${CURRENCY_SYMBOL[a.unit.currency]} and ${CURRENCY_SYMBOL[b.unit.currency]})`,
      });
    }
  } else if (
    (a.unit.kind === 'count' || a.unit.kind === 'people') &&
    (b.unit.kind === 'count' || b.unit.kind === 'people') &&
    a.unit.noun !== b.unit.noun
  ) {
    found.push({
      reason: 'noun',
      message: `different things counted (${a.unit.noun} and ${b.unit.noun})`,
    });
  }
  if (a.basis !== b.basis) {
    found.push({
      reason: 'basis',
      message: `${describeBasis(a.basis)} against ${describeBasis(b.basis)}`,
    });
  } else if (a.basis !== 'level' && spanYears(a) !== spanYears(b)) {
    found.push({
      reason: 'span',
      message: `${describeSpan(a)} against ${describeSpan(b)}`,
    });
  }
  return found;
}

/** Notes for one measure's chart: figures within it that do not compare with the others. */
export function measureNotes(measure: Measure): string[] {
  const quantities = measure.points.map((p) => ({
    label: p.label ?? p.id,
    unit: measure.unit,
    basis: measure.basis,
    date: p.date,
    dateEnd: p.dateEnd,
  }));
  const notes: string[] = [];
  const typical = mostCommonSpan(quantities);
  for (const q of quantities) {
    if (measure.basis === 'level' || spanYears(q) === typical) continue;
    const other = quantities.find((o) => spanYears(o) === typical);
    if (!other) continue;
    const issues = compareQuantities(q, other);
    if (issues.length > 0) {
      notes.push(
        `“${q.label}” covers ${dateLabel(q.date, q.dateEnd) || 'an unstated span'}: not comparable with the other figures (${issues.map((i) => i.message).join('; ')}).`,
      );
    }
  }
  return notes;
}

/** Notes for an issue's strip: measures of one kind that had to be charted apart, and why. */
export function separateChartsNotes(measures: readonly Measure[]): string[] {
  const notes: string[] = [];
  for (let i = 0; i < measures.length; i += 1) {
    for (let j = i + 1; j < measures.length; j += 1) {
      const a = measures[i]!;
      const b = measures[j]!;
      if (a.unit.kind !== b.unit.kind) continue;
      const issues = compareQuantities(asQuantity(a), asQuantity(b));
      if (issues.length === 0) continue;
      notes.push(
        `${a.label} (${describeQuantity(a.unit, a.basis)}) and ${b.label} (${describeQuantity(b.unit, b.basis)}) are charted apart: ${issues.map((x) => x.message).join('; ')}.`,
      );
    }
  }
  return notes;
}

function asQuantity(m: Measure): Quantity {
  return { label: m.label, unit: m.unit, basis: m.basis };
}

/** "¥ per year", "% of GDP", "jobs": the unit and basis in a few words. */
export function describeQuantity(unit: Unit, basis: Measure['basis']): string {
  const base = describeUnit(unit);
  switch (basis) {
    case 'annual':
      return unit.kind === 'percentGdp' ? base : `${base} per year`;
    case 'total':
      return `${base}, total`;
    case 'level':
      return base;
  }
}

function describeUnit(unit: Unit): string {
  switch (unit.kind) {
    case 'money':
      return CURRENCY_SYMBOL[unit.currency];
    case 'percentGdp':
      return '% of GDP';
    case 'count':
    case 'people':
      return unit.noun;
  }
}

function describeBasis(basis: Measure['basis']): string {
  return { annual: 'a yearly figure', total: 'a total', level: 'a level at one time' }[basis];
}

/** Whole calendar years a figure covers: 1 for "2019", 2 for "2018"–"2019"; 1 when undated. */
function spanYears(q: Pick<Quantity, 'date' | 'dateEnd'>): number {
  if (!q.date || !q.dateEnd) return 1;
  return Number(q.dateEnd.slice(0, 4)) - Number(q.date.slice(0, 4)) + 1;
}

function describeSpan(q: Quantity): string {
  const years = spanYears(q);
  return years === 1 ? 'one year' : `${years} years (${dateLabel(q.date, q.dateEnd)})`;
}

function mostCommonSpan(quantities: readonly Quantity[]): number {
  const counts = new Map<number, number>();
  for (const q of quantities) counts.set(spanYears(q), (counts.get(spanYears(q)) ?? 0) + 1);
  let best = 1;
  let bestCount = -1;
  for (const [span, count] of counts) {
    if (count > bestCount || (count === bestCount && span < best)) {
      best = span;
      bestCount = count;
    }
  }
  return best;
}
