/** Formatting of dates and periods for display, independent of the machine's locale. */
import type { Period } from '../case/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019` → "2019", `2019-06` → "Jun 2019", `2019-06-28` → "28 Jun 2019". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
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
