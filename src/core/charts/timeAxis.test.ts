import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  datePosition,
  decimalYear,
  formatYearsSince,
  yearTicks,
  yearsSinceStart,
} from './timeAxis';

describe('time axis', () => {
  it('places partial dates in the middle of what they cover', () => {
    expect(datePosition('2019')).toBe(2019.5);
    expect(datePosition('2018', '2019')).toBe(2019);
    expect(datePosition('2019-07')).toBeCloseTo(2019 + 6.5 / 12);
    expect(decimalYear('2017-01-20')).toBeCloseTo(2017 + 19 / 365);
    expect(decimalYear('2019', 'end')).toBe(2020);
  });

  it('lines periods up from their start', () => {
    expect(yearsSinceStart(2019.5, { start: '2017-01-20' })).toBeCloseTo(2.448, 2);
    expect(yearsSinceStart(2009.5, { start: '2017-01-20' })).toBeLessThan(0);
  });

  it('labels dates and ticks', () => {
    expect(dateLabel('2018', '2019')).toBe('2018–2019');
    expect(dateLabel('2019-06-28')).toBe('2019-06');
    expect(dateLabel(undefined)).toBe('');
    expect(yearTicks(2009, 2026)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks(2017, 2021)).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(formatYearsSince(-8)).toBe('−8');
    expect(formatYearsSince(2)).toBe('+2');
    expect(formatYearsSince(0)).toBe('0');
  });
});
