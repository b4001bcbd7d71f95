import { describe, expect, it } from 'vitest';
import { chooseChartKind } from './chartKind';
import { jobs, measure, point, purchases, support, targets } from './chartFixtures';

describe('chooseChartKind', () => {
  it('draws dated figures as a time series', () => {
    expect(chooseChartKind(purchases).kind).toBe('timeSeries');
  });

  it('sets a demand against the outcome', () => {
    expect(chooseChartKind(support).kind).toBe('requestVsOutcome');
  });

  it('puts thresholds demanded by different actors on a ladder', () => {
    expect(chooseChartKind(targets).kind).toBe('ladder');
  });

  it('draws single figures as bars', () => {
    expect(chooseChartKind(jobs).kind).toBe('bars');
    const perPeriod = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', value: 1 }),
        point({ id: 'b', period: 'third', value: 2 }),
      ],
    });
    expect(chooseChartKind(perPeriod).kind).toBe('bars');
  });

  it('needs every point dated, at two distinct dates, for a time series', () => {
    const oneUndated = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', date: '2018', value: 1 }),
        point({ id: 'b', period: 'third', value: 2 }),
      ],
    });
    expect(chooseChartKind(oneUndated).kind).toBe('bars');
    const sameDate = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', date: '2018', value: 1, role: 'request' }),
        point({ id: 'b', period: 'first', date: '2018', value: 2 }),
      ],
    });
    expect(chooseChartKind(sameDate).kind).toBe('requestVsOutcome');
  });

  it('makes a ladder of several demands with no outcome, but not of a single one', () => {
    const demands = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', value: 1, role: 'request', actor: 'A' }),
        point({ id: 'b', period: 'first', value: 2, role: 'request', actor: 'B' }),
      ],
    });
    expect(chooseChartKind(demands).kind).toBe('ladder');
    const one = measure({
      id: 'm',
      points: [point({ id: 'a', period: 'first', value: 1, role: 'request' })],
    });
    expect(chooseChartKind(one).kind).toBe('bars');
  });
});
