import { describe, expect, it } from 'vitest';
import {
  addPane,
  removePane,
  replacePane,
  resolvePaneSizes,
  resolvePanes,
  swapPanes,
  unusedPeriods,
} from './panes';
import { testCase } from './testCase';

const kase = testCase([]);

describe('panes', () => {
  it('resolves wanted panes, dropping unknown and repeated periods, else the default', () => {
    expect(resolvePanes(kase, undefined)).toEqual(['t1', 't2']);
    expect(resolvePanes(kase, ['t2', 'biden'])).toEqual(['t2', 'biden']);
    expect(resolvePanes(kase, ['t2', 't2', 'gone'])).toEqual(['t1', 't2']);
    expect(resolvePanes(kase, ['t1', 'biden', 't2', 't1'])).toEqual(['t1', 'biden', 't2']);
  });

  it('swaps neighbours', () => {
    expect(swapPanes(['t1', 't2'], 0)).toEqual(['t2', 't1']);
    expect(swapPanes(['t1', 'biden', 't2'], 1)).toEqual(['t1', 't2', 'biden']);
    expect(swapPanes(['t1', 't2'], 1)).toEqual(['t1', 't2']);
  });

  it('replaces a pane, trading places when the period is already shown', () => {
    expect(replacePane(['t1', 't2'], 1, 'biden')).toEqual(['t1', 'biden']);
    expect(replacePane(['t1', 't2'], 0, 't2')).toEqual(['t2', 't1']);
  });

  it('adds a third pane where it falls in time, and no fourth', () => {
    expect(unusedPeriods(kase, ['t1', 't2']).map((p) => p.id)).toEqual(['biden']);
    expect(addPane(kase, ['t1', 't2'])).toEqual(['t1', 'biden', 't2']);
    expect(addPane(kase, ['t2', 't1'])).toEqual(['t2', 't1', 'biden']);
    expect(addPane(kase, ['biden', 't2'])).toEqual(['t1', 'biden', 't2']);
    expect(addPane(kase, ['t1', 'biden', 't2'])).toEqual(['t1', 'biden', 't2']);
  });

  it('removes a pane but keeps two', () => {
    expect(removePane(['t1', 'biden', 't2'], 1)).toEqual(['t1', 't2']);
    expect(removePane(['t1', 't2'], 0)).toEqual(['t1', 't2']);
  });

  it('keeps remembered sizes only when they fit', () => {
    expect(resolvePaneSizes(2, [30, 70])).toEqual([30, 70]);
    expect(resolvePaneSizes(3, [30, 70])).toEqual([100 / 3, 100 / 3, 100 / 3]);
    expect(resolvePaneSizes(2, [1, 3])).toEqual([25, 75]);
    expect(resolvePaneSizes(2, undefined)).toEqual([50, 50]);
  });
});
