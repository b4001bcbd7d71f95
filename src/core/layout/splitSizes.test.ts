import { describe, expect, it } from 'vitest';
import {
  fitSizes,
  keyDelta,
  resizeByDelta,
  resizeByKey,
  sameSizes,
  separatorRange,
  type PanelLimits,
} from './splitSizes';

const free: PanelLimits = { min: 0, max: 100 };
const panes = (n: number): PanelLimits[] =>
  Array.from({ length: n }, () => ({ min: 15, max: 100 }));
/** The grid over the charts, as the main split has them. */
const mainSplit: PanelLimits[] = [
  { min: 25, max: 100 },
  { min: 12, max: 75 },
];
const sum = (sizes: readonly number[]): number => sizes.reduce((a, b) => a + b, 0);

describe('fitSizes', () => {
  it('keeps sizes that fit', () => {
    expect(fitSizes([60, 40], panes(2))).toEqual([60, 40]);
  });

  it('scales wanted sizes to 100', () => {
    expect(fitSizes([1, 3], [free, free])).toEqual([25, 75]);
  });

  it('clamps a size past its limit and gives the rest to a panel with room', () => {
    expect(fitSizes([10, 90], mainSplit)).toEqual([25, 75]);
    expect(fitSizes([95, 5], mainSplit)).toEqual([88, 12]);
  });

  it('gives equal shares when the sizes do not match the panels', () => {
    expect(fitSizes([50, 50], panes(3))).toEqual([33.333, 33.333, 33.333]);
    expect(fitSizes(undefined, panes(2))).toEqual([50, 50]);
    expect(fitSizes([Number.NaN, 50], panes(2))).toEqual([50, 50]);
    expect(fitSizes([0, 100], panes(2))).toEqual([50, 50]);
  });

  it('gives a lone panel everything', () => {
    expect(fitSizes([75], [mainSplit[0]!])).toEqual([100]);
  });
});

describe('resizeByDelta', () => {
  it('moves a separator between two panes, the sum staying 100', () => {
    const next = resizeByDelta([50, 50], panes(2), 0, 10);
    expect(next).toEqual([60, 40]);
    expect(resizeByDelta([50, 50], panes(2), 0, -10)).toEqual([40, 60]);
  });

  it('stops at the shrinking panel’s minimum', () => {
    expect(resizeByDelta([50, 50], panes(2), 0, 60)).toEqual([85, 15]);
    expect(resizeByDelta([50, 50], panes(2), 0, -60)).toEqual([15, 85]);
  });

  it('stops at the growing panel’s maximum', () => {
    // The charts (after the separator) never pass 75 %, the grid never under 25 %.
    expect(resizeByDelta([60, 40], mainSplit, 0, -50)).toEqual([25, 75]);
    expect(resizeByDelta([60, 40], mainSplit, 0, 50)).toEqual([88, 12]);
  });

  it('leaves the sizes alone when a panel is already at its limit', () => {
    expect(resizeByDelta([85, 15], panes(2), 0, 5)).toEqual([85, 15]);
    expect(resizeByDelta([25, 75], mainSplit, 0, -5)).toEqual([25, 75]);
  });

  it('with three panes, moves the nearest neighbour first, then the next one out', () => {
    const start = [33.333, 33.333, 33.334];
    expect(resizeByDelta(start, panes(3), 0, 10)).toEqual([43.333, 23.333, 33.334]);
    // Past the middle pane's minimum, the last pane gives the rest.
    const far = resizeByDelta(start, panes(3), 0, 30);
    expect(far).toEqual([63.333, 15, 21.667]);
    expect(sum(far)).toBeCloseTo(100, 6);
    // Both panes after the first at their minimum: the first reaches 70 and stops.
    expect(resizeByDelta(start, panes(3), 0, 90)).toEqual([70, 15, 15]);
  });

  it('with three panes, the second separator shrinks the panes before it, nearest first', () => {
    const next = resizeByDelta([40, 30, 30], panes(3), 1, -20);
    expect(next).toEqual([35, 15, 50]);
    expect(sum(next)).toBeCloseTo(100, 6);
  });

  it('ignores a separator that is not there', () => {
    expect(resizeByDelta([50, 50], panes(2), 1, 10)).toEqual([50, 50]);
    expect(resizeByDelta([50, 50], panes(2), -1, 10)).toEqual([50, 50]);
  });
});

describe('keys', () => {
  it('arrows along the group move by a step; across it they do nothing', () => {
    expect(keyDelta('ArrowRight', 'horizontal')).toBe(5);
    expect(keyDelta('ArrowLeft', 'horizontal')).toBe(-5);
    expect(keyDelta('ArrowDown', 'vertical')).toBe(5);
    expect(keyDelta('ArrowUp', 'vertical')).toBe(-5);
    expect(keyDelta('ArrowUp', 'horizontal')).toBeUndefined();
    expect(keyDelta('a', 'horizontal')).toBeUndefined();
  });

  it('ArrowUp on the main split grows the charts by a step', () => {
    expect(resizeByKey([60, 40], mainSplit, 0, 'ArrowUp', 'vertical')).toEqual([55, 45]);
  });

  it('Home and End move to the limit', () => {
    expect(resizeByKey([50, 50], panes(2), 0, 'Home', 'horizontal')).toEqual([15, 85]);
    expect(resizeByKey([50, 50], panes(2), 0, 'End', 'horizontal')).toEqual([85, 15]);
    expect(resizeByKey([60, 40], mainSplit, 0, 'Home', 'vertical')).toEqual([25, 75]);
    expect(resizeByKey([60, 40], mainSplit, 0, 'End', 'vertical')).toEqual([88, 12]);
    expect(resizeByKey([40, 30, 30], panes(3), 1, 'End', 'horizontal')).toEqual([40, 45, 15]);
  });
});

describe('separatorRange', () => {
  it('is the preceding panel’s size and the range the separator can give it', () => {
    expect(separatorRange([60, 40], mainSplit, 0)).toEqual({ now: 60, min: 25, max: 88 });
    expect(separatorRange([40, 30, 30], panes(3), 1)).toEqual({ now: 30, min: 15, max: 45 });
  });
});

describe('sameSizes', () => {
  it('compares to the precision a layout is kept at', () => {
    expect(sameSizes([50, 50], [50.0001, 49.9999])).toBe(true);
    expect(sameSizes([50, 50], [51, 49])).toBe(false);
    expect(sameSizes([50, 50], [50, 25, 25])).toBe(false);
  });
});
