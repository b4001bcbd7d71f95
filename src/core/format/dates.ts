/** Formatting of dates and periods for display, independent of the machine's locale. */
import type { Period } from '../case/schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2019` → "2019", `2019-06` → "Jun 2019", `2019-06-28` → "28 Jun 2019"; with `long`, the
 * month in full ("28 June 2019"), as citations write it.
 */
export function formatPartialDate(date: string, month: 'short' | 'long' = 'short'): string {
  const [year, monthNumber, day] = date.split('-');
  const full = monthNumber ? MONTHS[Number(monthNumber) - 1] : undefined;
  const monthName = month === 'long' ? full : full?.slice(0, 3);
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** "20 Jan 2017 – 20 Jan 2021", or "from 20 Jan 2025" for an ongoing period. */
export function formatPeriodRange(period: Pick<Period, 'start' | 'end'>): string {
  return period.end === null
    ? `from ${formatPartialDate(period.start)}`
    : `${formatPartialDate(period.start)} – ${formatPartialDate(period.end)}`;
}
