import { describe, expect, it } from 'vitest';
import { dayRange, overlapsPeriod } from './dates';

describe('dayRange', () => {
  it('expands years and months to the days they cover', () => {
    expect(dayRange('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2025-02-07')).toEqual({ first: '2025-02-07', last: '2025-02-07' });
  });

  it('rejects dates the calendar lacks', () => {
    expect(dayRange('2025-02-29')).toBe(undefined);
    expect(dayRange('2025-13')).toBe(undefined);
    expect(dayRange('March 2025')).toBe(undefined);
  });
});

describe('overlapsPeriod', () => {
  const trump1 = { start: '2017-01-20', end: '2021-01-20' };
  const biden = { start: '2021-01-20', end: '2025-01-20' };
  const trump2 = { start: '2025-01-20', end: null };
  const range = (d: string) => dayRange(d)!;

  it('counts a year or month that overlaps the period as in it', () => {
    expect(overlapsPeriod(range('2021'), trump1)).toBe(true);
    expect(overlapsPeriod(range('2021'), biden)).toBe(true);
    expect(overlapsPeriod(range('2025-01'), biden)).toBe(true);
    expect(overlapsPeriod(range('2025-01'), trump2)).toBe(true);
  });

  it('places days exactly, and treats a null end as ongoing', () => {
    expect(overlapsPeriod(range('2025-01-19'), trump2)).toBe(false);
    expect(overlapsPeriod(range('2040'), trump2)).toBe(true);
    expect(overlapsPeriod(range('2009'), trump1)).toBe(false);
  });
});
