/** Small cases for the chart tests: shaped like the default case, but owned by the tests. */
import type { Case, Measure, Point } from '../case/schema';

const source = {
  id: 'src-a',
  type: 'commentary' as const,
  authors: [{ family: 'Writer', given: 'Ann B.' }],
  title: 'A Commentary on Two Periods',
  publisher: 'Some Institute',
  containerTitle: 'Institute Commentary',
  date: { notBefore: '2025-03', inferred: true, note: 'Undated; latest event March 2025.' },
};

export function evidence(exact: string): NonNullable<Point['evidence']> {
  return { source: 'src-a', selector: { type: 'TextQuoteSelector', exact }, locator: 'para 1' };
}

export function point(p: Partial<Point> & Pick<Point, 'id' | 'period' | 'value'>): Point {
  return {
    bound: 'exact',
    role: 'outcome',
    ...p,
    ...(p.derived ? {} : { evidence: p.evidence ?? evidence(`quote for ${p.id}`) }),
  } as Point;
}

export function measure(m: Partial<Measure> & Pick<Measure, 'id' | 'points'>): Measure {
  return {
    issue: 'money',
    label: `Measure ${m.id}`,
    unit: { kind: 'money', currency: 'JPY' },
    basis: 'annual',
    ...m,
  };
}

export function testCase(measures: Measure[]): Case {
  return {
    schemaVersion: 1,
    id: 'test-case',
    title: 'Test case',
    defaultComparison: ['first', 'third'],
    periods: [
      { id: 'first', label: 'First', start: '2017-01-20', end: '2021-01-20' },
      { id: 'second', label: 'Second', start: '2021-01-20', end: '2025-01-20' },
      { id: 'third', label: 'Third', start: '2025-01-20', end: null },
    ],
    issues: [{ id: 'money', label: 'Money', dimensions: [{ id: 'dim', label: 'Dim' }] }],
    sources: [source],
    claims: [],
    measures,
  };
}

/** A yen series with a US$ equivalent and a derived earlier value ("nearly ten times"). */
export const purchases = measure({
  id: 'purchases',
  label: 'Purchases',
  points: [
    point({
      id: 'p2019',
      period: 'first',
      date: '2019',
      value: 700e9,
      actor: 'Japan',
      label: 'A high',
      equivalents: [{ currency: 'USD', value: 4.65e9 }],
      evidence: evidence('a high of ¥700 billion (US$4.65 billion) annually'),
    }),
    point({
      id: 'p2009',
      period: 'first',
      date: '2009',
      value: 70e9,
      bound: 'approximately',
      actor: 'Japan',
      derived: {
        operation: 'divide',
        inputs: ['p2019'],
        factor: 10,
        evidence: evidence('nearly ten times the value of a decade earlier'),
        explanation: 'A tenth of the 2019 level.',
      },
    }),
  ],
});

/** A demand and the level it implies. */
export const support = measure({
  id: 'support',
  unit: { kind: 'money', currency: 'USD' },
  points: [
    point({ id: 'ask', period: 'first', value: 8e9, role: 'request', actor: 'Trump' }),
    point({
      id: 'level',
      period: 'first',
      value: 8e9 / 3,
      bound: 'approximately',
      derived: {
        operation: 'divide',
        inputs: ['ask'],
        factor: 3,
        evidence: evidence('a tripling to US$8 billion annually'),
        explanation: 'A tripling implies a third.',
      },
    }),
  ],
});

/** Shares of GDP demanded by different actors. */
export const targets = measure({
  id: 'targets',
  unit: { kind: 'percentGdp' },
  points: [
    point({
      id: 'pledge',
      period: 'second',
      date: '2022',
      value: 2,
      role: 'pledge',
      actor: 'Japan',
    }),
    point({
      id: 'h',
      period: 'third',
      value: 3,
      bound: 'orMore',
      role: 'request',
      actor: 'Hegseth',
    }),
    point({
      id: 'c',
      period: 'third',
      value: 3,
      bound: 'atLeast',
      role: 'request',
      actor: 'Colby',
    }),
  ],
});

/** One figure. */
export const jobs = measure({
  id: 'jobs',
  unit: { kind: 'people', noun: 'jobs' },
  basis: 'level',
  points: [point({ id: 'j', period: 'third', value: 1e6, bound: 'approximately', actor: 'Japan' })],
});
