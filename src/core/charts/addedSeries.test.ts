import { describe, expect, it } from 'vitest';
import { compatibleMeasures, sameAxis } from './addedSeries';
import { buildChartModel } from './chartModel';
import { jobs, measure, point, purchases, support, targets, testCase } from './chartFixtures';

// The analyst's own series of actual defence spending, as a CSV import creates it.
const actual = measure({
  id: 'own-spending',
  label: 'Defence spending, actual (own data)',
  unit: { kind: 'percentGdp' },
  points: [
    point({ id: 'own-2019', period: 'first', date: '2019', value: 0.9 }),
    point({ id: 'own-2024', period: 'second', date: '2024', value: 1.4 }),
  ],
});
const kase = testCase([purchases, support, targets, jobs, actual]);
const compared = kase.periods.filter((p) => p.id === 'first' || p.id === 'third');

describe('added series', () => {
  it('offers only measures on the same axis', () => {
    expect(compatibleMeasures(kase, targets).map((m) => m.id)).toEqual(['own-spending']);
    expect(compatibleMeasures(kase, purchases)).toEqual([]);
    expect(sameAxis({ kind: 'money', currency: 'JPY' }, { kind: 'money', currency: 'USD' })).toBe(
      false,
    );
    expect(sameAxis({ kind: 'count', noun: 'summits' }, { kind: 'count', noun: 'summits' })).toBe(
      true,
    );
  });

  it('draws an own % of GDP series in the chart of the 2% and 3% targets', () => {
    const m = buildChartModel(kase, targets, { compared, added: [actual] });
    expect(m.kind).toBe('ladder');
    expect(m.points.map((p) => p.id)).toEqual(['pledge', 'h', 'c', 'own-2019', 'own-2024']);
    expect(m.slots.map((s) => s.label)).toContain('Defence spending, actual (own data)');
    expect(m.subtitle).toBe('First (2017–2021), Second (2021–2025) and Third (2025–) · % of GDP');
    expect(m.notes).toContain('Drawn with: Defence spending, actual (own data).');
    expect(m.title).toBe(targets.label);
  });

  it('leaves out a measure on another axis, and offers no conversion with added series', () => {
    const m = buildChartModel(kase, purchases, { compared, added: [support] });
    expect(m.points.map((p) => p.id)).toEqual(['p2019', 'p2009']);
    expect(m.notes.join(' ')).not.toContain('Drawn with');
    const own = measure({
      ...purchases,
      id: 'own-yen',
      points: [point({ id: 'y', period: 'third', date: '2025', value: 1e12 })],
    });
    const mixed = buildChartModel(testCase([purchases, own]), purchases, {
      compared,
      added: [own],
    });
    expect(mixed.conversionTargets).toEqual([]);
    expect(mixed.continuous).toBe(false);
  });
});
