/** How a chart names its periods in its subtitle and captions. */
import type { Period } from '../case/schema';

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
