import { describe, expect, it } from 'vitest';
import { describeDerivation } from './derivation';
import { measure, point, purchases, support } from './chartFixtures';

describe('describeDerivation', () => {
  it('shows the arithmetic and the quote it rests on', () => {
    const derived = purchases.points.find((p) => p.id === 'p2009')!;
    expect(describeDerivation(derived, purchases)).toBe(
      '¥700 billion ÷ 10 ≈ ¥70 billion — “nearly ten times the value of a decade earlier”',
    );
    const level = support.points.find((p) => p.id === 'level')!;
    expect(describeDerivation(level, support)).toBe(
      'US$8 billion ÷ 3 ≈ US$2.67 billion — “a tripling to US$8 billion annually”',
    );
  });

  it('is undefined for a stated point', () => {
    expect(describeDerivation(purchases.points[0]!, purchases)).toBeUndefined();
  });

  it('sums several inputs and writes = when exact', () => {
    const m = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', value: 1e9 }),
        point({ id: 'b', period: 'first', value: 2e9 }),
        point({
          id: 'c',
          period: 'first',
          value: 6e9,
          derived: {
            operation: 'multiply',
            inputs: ['a', 'b'],
            factor: 2,
            evidence: { source: 'src-a', selector: { type: 'TextQuoteSelector', exact: 'twice' } },
            explanation: 'x',
          },
        }),
      ],
    });
    expect(describeDerivation(m.points[2]!, m)).toBe(
      '(¥1 billion + ¥2 billion) × 2 = ¥6 billion — “twice”',
    );
  });
});
