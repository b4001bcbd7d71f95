/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the day ranges they stand for. */

/** The first and last day a partial date covers, as YYYY-MM-DD strings (which sort as dates). */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The days a partial date covers: "2019" is 2019-01-01…2019-12-31, "2025-03" is all of March.
 * Returns undefined when the string is not a calendar date (e.g. 2025-02-30).
 */
export function dayRange(date: string): DayRange | undefined {
  const m = PARTIAL.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { first: date, last: date };
}

/**
 * Whether a partial date lies in a period. A year or month that overlaps the period counts as in
 * it: "2021" is in both trump1 (to 2021-01-20) and biden (from 2021-01-20). `end` null: ongoing.
 */
export function overlapsPeriod(
  range: DayRange,
  period: { readonly start: string; readonly end: string | null },
): boolean {
  return range.last >= period.start && (period.end === null || range.first <= period.end);
}
