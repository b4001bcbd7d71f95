/**
 * Dates as positions on a time axis, in decimal years: either calendar time, or time since the
 * start of a point's period, so that two administrations line up from their inaugurations.
 */
import type { PartialDate, Period } from '../case/schema';

const MS_PER_DAY = 86_400_000;

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / MS_PER_DAY;
}

/** The start (or end) of a partial date as a decimal year: "2019" → 2019, end → 2020. */
export function decimalYear(date: PartialDate, edge: 'start' | 'end' = 'start'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return edge === 'start' ? y : y + 1;
  if (d === undefined) {
    const month = edge === 'start' ? m - 1 : m;
    return y + month / 12;
  }
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / MS_PER_DAY + (edge === 'end' ? 1 : 0);
  return y + day / daysInYear(y);
}

/** Where a figure sits in time: the middle of what its date (or date span) covers. */
export function datePosition(date: PartialDate, dateEnd?: PartialDate): number {
  const start = decimalYear(date, 'start');
  const end = decimalYear(dateEnd ?? date, 'end');
  return (start + end) / 2;
}

/** Years from the start of `period` to `position`; negative before it began. */
export function yearsSinceStart(position: number, period: Pick<Period, 'start'>): number {
  return position - decimalYear(period.start);
}

/** "2019", "2018–2019", "Jun 2019": the date as a reader would say it. */
export function dateLabel(date: PartialDate | undefined, dateEnd?: PartialDate): string {
  if (!date) return '';
  if (!dateEnd || dateEnd === date) return formatShort(date);
  return `${formatShort(date)}–${formatShort(dateEnd)}`;
}

function formatShort(date: PartialDate): string {
  return date.length === 4 ? date : date.slice(0, 7);
}

/** Integer ticks across [min, max], at most about `maxTicks` of them, at 1, 2, 5 or 10 years. */
export function yearTicks(min: number, max: number, maxTicks = 10): number[] {
  const span = Math.max(1, max - min);
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
  return ticks;
}

/** A tick of the "years since the period began" axis: "−8", "0", "+2". */
export function formatYearsSince(years: number): string {
  if (years === 0) return '0';
  const n = Math.round(years * 10) / 10;
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}
