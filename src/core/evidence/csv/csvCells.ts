/**
 * Reading one cell of a CSV row as part of a point: a unit, a date, a period, a bound, a
 * source. Each returns the value, or the reason the cell cannot be read.
 */
import { dayRange, overlapsPeriod } from '../../case/dates';
import { Bound, type Period, type Unit } from '../../case/schema';
import { currencyOf, scaleOf } from './parseAmount';

export interface UnitCell {
  readonly scale: number;
  readonly currency?: ReturnType<typeof currencyOf>;
  readonly percent?: boolean;
}

/** A unit cell: a currency, a scale word and/or a percent sign ("billion JPY", "US$ bn", "%"). */
export function readUnitCell(text: string): UnitCell | string {
  let scale = 1;
  let currency: UnitCell['currency'];
  let percent = false;
  for (const word of text.split(/\s+/)) {
    const factor = scaleOf(word);
    const code = currencyOf(word);
    if (word === '%' || /^percent$/i.test(word) || /^%\s*of\s*gdp$/i.test(word)) percent = true;
    else if (factor !== undefined) scale = factor;
    else if (code !== undefined) currency = code;
    else if (!/^(of|gdp|people|units?)$/i.test(word))
      return `'${text}' is not a unit Diptych knows`;
  }
  return { scale, ...(currency ? { currency } : {}), percent };
}

export function checkUnit(
  unit: Unit,
  currency: string | undefined,
  percent: boolean,
): string | undefined {
  switch (unit.kind) {
    case 'money':
      if (percent) return `the value is a percentage, but the measure counts ${unit.currency}`;
      if (currency && currency !== unit.currency) {
        return `the value is in ${currency}, but the measure counts ${unit.currency}`;
      }
      return undefined;
    case 'percentGdp':
      if (currency)
        return `the value is an amount of ${currency}, but the measure is a percentage of GDP`;
      return undefined;
    case 'count':
    case 'people':
      if (currency)
        return `the value is an amount of ${currency}, but the measure counts ${unit.noun}`;
      if (percent) return `the value is a percentage, but the measure counts ${unit.noun}`;
      return undefined;
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD (also with '/' or '.'); a calendar date. */
export function readDate(text: string): string | { problem: string } {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (!m) return { problem: `'${text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const date = [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
  if (!dayRange(date)) return { problem: `'${text}' is not a calendar date` };
  return date;
}

export function readPeriod(
  cellValue: string | undefined,
  fallback: string | undefined,
  date: string | undefined,
  periods: readonly Period[],
): string | { problem: string } {
  const range = date === undefined ? undefined : dayRange(date);
  let period: Period | undefined;
  if (cellValue !== undefined) {
    const wanted = cellValue.toLowerCase();
    period = periods.find((p) => p.id === wanted || p.label.toLowerCase() === wanted);
    if (!period) {
      return {
        problem: `unknown period '${cellValue}': use one of ${periods.map((p) => p.label).join(', ')}`,
      };
    }
  } else if (fallback !== undefined) {
    period = periods.find((p) => p.id === fallback);
    if (!period) return { problem: `unknown period '${fallback}'` };
  } else {
    if (!range)
      return { problem: 'there is no date or period: map a period column or choose a period' };
    const matching = periods.filter((p) => overlapsPeriod(range, p));
    if (matching.length === 0) return { problem: `${date} lies in none of the case's periods` };
    if (matching.length > 1) {
      return {
        problem: `${date} falls in more than one period (${matching.map((p) => p.label).join(', ')}): map a period column or give a fuller date`,
      };
    }
    return matching[0]!.id;
  }
  if (range && !overlapsPeriod(range, period)) {
    return {
      problem: `${date} lies outside ${period.label} (${period.start} to ${period.end ?? 'ongoing'})`,
    };
  }
  return period.id;
}

export function readBound(text: string): Bound | undefined {
  const t = text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  const direct = Bound.safeParse(text.trim());
  if (direct.success) return direct.data;
  if (/^(exact|exactly|=)$/.test(t)) return 'exact';
  if (/^(approximately|approx\.?|about|around|roughly|~|≈|c\.?)$/.test(t)) return 'approximately';
  if (/^(nearly|almost)$/.test(t)) return 'nearly';
  if (/^(at least|atleast|≥|>=|min(imum)?)$/.test(t)) return 'atLeast';
  if (/^(or more|ormore|\+)$/.test(t)) return 'orMore';
  return undefined;
}

export function readSource(
  cellValue: string | undefined,
  fallback: string | undefined,
  sources: readonly { readonly id: string; readonly title: string }[],
): string | { problem: string } {
  if (cellValue === undefined) {
    if (fallback === undefined)
      return { problem: 'there is no source: choose a source or fill the source column' };
    return sources.some((s) => s.id === fallback)
      ? fallback
      : { problem: `unknown source '${fallback}'` };
  }
  const wanted = cellValue.toLowerCase();
  const found = sources.find((s) => s.id === cellValue || s.title.toLowerCase() === wanted);
  return found
    ? found.id
    : { problem: `unknown source '${cellValue}': give a source's title or id` };
}
