import { describe, expect, it } from 'vitest';
import { emptyUserLayer, type UserLayer } from '../user/schema';
import { claim, testCase } from './testCase';
import { sameComparison, tallyVerdicts, verdictOf } from './verdicts';

const kase = testCase([claim({ id: 'a', period: 't1' })]);
const at = '2025-05-01T10:00:00.000Z';
const layer: UserLayer = {
  ...emptyUserLayer('test'),
  verdicts: [
    {
      issue: 'trade',
      dimension: 'tariffs',
      verdict: 'intensified',
      rationale: '',
      comparison: ['t1', 't2'],
      updatedAt: at,
    },
    {
      issue: 'nk',
      dimension: 'summits',
      verdict: 'reversed',
      rationale: 'x',
      comparison: ['t1', 't2'],
      updatedAt: at,
    },
    {
      issue: 'gone',
      dimension: 'old',
      verdict: 'new',
      rationale: '',
      comparison: ['t1', 't2'],
      updatedAt: at,
    },
  ],
};

describe('verdicts', () => {
  it('finds the verdict of a row', () => {
    expect(verdictOf(layer, 'trade', 'tariffs')?.verdict).toBe('intensified');
    expect(verdictOf(layer, 'trade', 'investment')).toBeUndefined();
  });

  it('tallies per issue area and for the case, ignoring rows the case no longer has', () => {
    expect(tallyVerdicts(kase, layer, 'trade')).toMatchObject({
      judged: 1,
      rows: 2,
      counts: { intensified: 1, reversed: 0 },
    });
    expect(tallyVerdicts(kase, layer)).toMatchObject({
      judged: 2,
      rows: 3,
      counts: { intensified: 1, reversed: 1, new: 0 },
    });
  });

  it('compares comparisons in order', () => {
    expect(sameComparison(['t1', 't2'], ['t1', 't2'])).toBe(true);
    expect(sameComparison(['t2', 't1'], ['t1', 't2'])).toBe(false);
    expect(sameComparison(['t1', 't2'], ['t1', 'biden', 't2'])).toBe(false);
  });
});
