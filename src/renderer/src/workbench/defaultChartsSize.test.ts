import { describe, expect, it } from 'vitest';
import { defaultChartsSize } from './defaultChartsSize';

describe('the charts area by default', () => {
  it('holds one whole chart at 1440 × 900: 480 of the 800 px under the header', () => {
    expect(defaultChartsSize(900)).toBe(60);
  });

  it('leaves the grid 320 px on a short laptop window', () => {
    expect(defaultChartsSize(700)).toBeCloseTo((280 / 600) * 100, 0);
    expect(defaultChartsSize(720)).toBeCloseTo((300 / 620) * 100, 0);
  });

  it('takes no more than one chart on a tall window, and never under a third', () => {
    expect(defaultChartsSize(1080)).toBeCloseTo((480 / 980) * 100, 0);
    expect(defaultChartsSize(1600)).toBe(34);
    expect(defaultChartsSize(400)).toBe(34);
  });
});
