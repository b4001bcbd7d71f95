import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriodRange } from './dates';

describe('dates for display', () => {
  it('writes a year, a month or a day with a short month name by default', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-06')).toBe('Jun 2019');
    expect(formatPartialDate('2019-09-08')).toBe('8 Sep 2019');
  });

  it('writes the month in full for citations', () => {
    expect(formatPartialDate('2025-03', 'long')).toBe('March 2025');
    expect(formatPartialDate('2025-09-04', 'long')).toBe('4 September 2025');
  });

  it('writes a period as a range, or from its start while ongoing', () => {
    expect(formatPeriodRange({ start: '2017-01-20', end: '2021-01-20' })).toBe(
      '20 Jan 2017 – 20 Jan 2021',
    );
    expect(formatPeriodRange({ start: '2025-01-20', end: null })).toBe('from 20 Jan 2025');
  });
});
