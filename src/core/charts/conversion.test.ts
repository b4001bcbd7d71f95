import { describe, expect, it } from 'vitest';
import { conversionTargets, convertMeasure } from './conversion';
import { jobs, purchases, support } from './chartFixtures';

describe('currency conversion', () => {
  it('is offered only in currencies the points themselves state', () => {
    expect(conversionTargets(purchases)).toEqual(['USD']);
    expect(conversionTargets(support)).toEqual([]);
    expect(conversionTargets(jobs)).toEqual([]);
    expect(convertMeasure(purchases, 'EUR')).toBeUndefined();
  });

  it("uses the source's own figure where it gives one, and its implied rate elsewhere, saying which", () => {
    const c = convertMeasure(purchases, 'USD')!;
    expect(c.values.get('p2019')).toEqual({ value: 4.65e9, how: 'stated' });
    const converted = c.values.get('p2009')!;
    expect(converted.how).toBe('converted');
    expect(converted.value).toBeCloseTo(0.465e9, -3);
    expect(c.note).toContain('¥150.5 = US$1');
    expect(c.note).toContain('¥700 billion = US$4.65 billion (2019)');
  });
});
