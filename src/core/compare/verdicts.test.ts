import { describe, expect, it } from 'vitest';
import { applyVerdict } from '../user/applyVerdict';
import { MAX_VERDICT_CHANGES, emptyUserLayer, type UserLayer } from '../user/schema';
import { pairLabel, pairOfPanes, reversePair } from './pairs';
import { claim, testCase } from './testCase';
import { tallyVerdicts, verdictFor, verdictHistoryOf, verdictsOfRow } from './verdicts';

const kase = testCase([claim({ id: 'a', period: 't1' })]);
const T12 = { from: 't1', to: 't2' };
const B2 = { from: 'biden', to: 't2' };
const at = (minute: number): string => `2025-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function judged(steps: [string, string, { from: string; to: string }, string | null][]): UserLayer {
  let layer = emptyUserLayer('test');
  steps.forEach(([issue, dimension, pair, kind], i) => {
    const input = kind === null ? null : { verdict: kind as 'new', rationale: '' };
    layer = applyVerdict(layer, { issue, dimension, pair }, input, at(i)) ?? layer;
  });
  return layer;
}

const layer = judged([
  ['trade', 'tariffs', T12, 'intensified'],
  ['trade', 'tariffs', B2, 'continuity'],
  ['trade', 'tariffs', reversePair(T12), 'softened'],
  ['nk', 'summits', T12, 'reversed'],
  ['gone', 'old', T12, 'new'],
]);

describe('verdicts per row and ordered pair', () => {
  it('finds the verdict of a row for a pair, and not the reversed pair’s', () => {
    expect(verdictFor(layer, 'trade', 'tariffs', T12)?.verdict).toBe('intensified');
    expect(verdictFor(layer, 'trade', 'tariffs', B2)?.verdict).toBe('continuity');
    expect(verdictFor(layer, 'trade', 'tariffs', { from: 't2', to: 't1' })?.verdict).toBe(
      'softened',
    );
    expect(verdictFor(layer, 'trade', 'investment', T12)).toBeUndefined();
    expect(verdictFor(layer, 'nk', 'summits', reversePair(T12))).toBeUndefined();
  });

  it('lists every stored verdict of a row, whatever its pair', () => {
    expect(
      verdictsOfRow(layer, 'trade', 'tariffs').map((v) => `${v.pair.from}>${v.pair.to}`),
    ).toEqual(['t1>t2', 'biden>t2', 't2>t1']);
    expect(verdictsOfRow(layer, 'trade', 'investment')).toEqual([]);
  });

  it('tallies one pair per issue area and for the case, with the rows not judged', () => {
    expect(tallyVerdicts(kase, layer, T12, 'trade')).toMatchObject({
      judged: 1,
      notJudged: 1,
      rows: 2,
      counts: { intensified: 1, continuity: 0, softened: 0 },
    });
    // The row of an issue area the case no longer has is not counted.
    expect(tallyVerdicts(kase, layer, T12)).toMatchObject({
      judged: 2,
      notJudged: 1,
      rows: 3,
      counts: { intensified: 1, reversed: 1, new: 0 },
    });
    expect(tallyVerdicts(kase, layer, B2)).toMatchObject({
      judged: 1,
      notJudged: 2,
      counts: { continuity: 1, intensified: 0 },
    });
    expect(tallyVerdicts(kase, emptyUserLayer('test'), T12).notJudged).toBe(3);
  });

  it('keeps the history of a verdict across a clear, and only for its pair', () => {
    const moved = judged([
      ['trade', 'tariffs', T12, 'continuity'],
      ['trade', 'tariffs', T12, 'intensified'],
      ['trade', 'tariffs', B2, 'new'],
      ['trade', 'tariffs', T12, null],
    ]);
    expect(verdictFor(moved, 'trade', 'tariffs', T12)).toBeUndefined();
    expect(verdictFor(moved, 'trade', 'tariffs', B2)?.verdict).toBe('new');
    expect(verdictHistoryOf(moved, 'trade', 'tariffs', T12)).toEqual([
      { verdict: 'continuity', at: at(0) },
      { verdict: 'intensified', at: at(1) },
      { verdict: null, at: at(3) },
    ]);
    expect(verdictHistoryOf(moved, 'trade', 'tariffs', B2)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_VERDICT_CHANGES} changes, the latest`, () => {
    let many = emptyUserLayer('test');
    for (let i = 0; i < MAX_VERDICT_CHANGES + 5; i += 1) {
      const kind = i % 2 === 0 ? 'continuity' : 'intensified';
      const stamp = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
      many =
        applyVerdict(
          many,
          { issue: 'trade', dimension: 'tariffs', pair: T12 },
          { verdict: kind },
          stamp,
        ) ?? many;
    }
    const changes = verdictHistoryOf(many, 'trade', 'tariffs', T12);
    expect(changes).toHaveLength(MAX_VERDICT_CHANGES);
    expect(changes.at(-1)?.at).toBe(new Date(Date.UTC(2025, 0, 1, 0, 104)).toISOString());
  });
});

describe('pairs of panes', () => {
  it('judges the first pane → the second, also with three panes', () => {
    expect(pairOfPanes(['t1', 't2'])).toEqual(T12);
    expect(pairOfPanes(['t2', 't1'])).toEqual({ from: 't2', to: 't1' });
    expect(pairOfPanes(['t1', 'biden', 't2'])).toEqual({ from: 't1', to: 'biden' });
    expect(pairOfPanes(['t1'])).toBeUndefined();
  });

  it('writes the direction out', () => {
    const labels = new Map([
      ['t1', 'Trump 1.0'],
      ['t2', 'Trump 2.0'],
    ]);
    expect(pairLabel(reversePair(T12), labels)).toBe('Trump 2.0 → Trump 1.0');
  });
});
