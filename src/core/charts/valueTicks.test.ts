import { describe, expect, it } from 'vitest';
import { valueTicks } from './valueTicks';

describe('valueTicks', () => {
  it('steps at round values, never 0.45 / 0.9 / 1.35', () => {
    expect(valueTicks(1.6).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(valueTicks(700).ticks).toEqual([0, 200, 400, 600, 800]);
    expect(valueTicks(8).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(3.9).ticks).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps counts to whole numbers: no half summits', () => {
    expect(valueTicks(2, { integer: true }).ticks).toEqual([0, 1, 2]);
    expect(valueTicks(1, { integer: true }).ticks).toEqual([0, 1]);
    expect(valueTicks(2).ticks).toContain(0.5);
  });

  it('tops the axis at a tick above the largest value, and survives an empty chart', () => {
    expect(valueTicks(4.65).max).toBe(5);
    expect(valueTicks(0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueTicks(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
