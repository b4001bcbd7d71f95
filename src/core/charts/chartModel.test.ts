import { describe, expect, it } from 'vitest';
import { buildChartModel } from './chartModel';
import { namePeriods } from './periodNames';
import { jobs, measure, point, purchases, support, targets, testCase } from './chartFixtures';
import { DERIVED_LEGEND, lineSegments } from './chartText';

const kase = testCase([purchases, support, targets, jobs]);
const compared = kase.periods.filter((p) => p.id === 'first' || p.id === 'third');

describe('buildChartModel', () => {
  it('charts a dated series over shaded periods, with derived points marked', () => {
    const m = buildChartModel(kase, purchases, { compared, asOf: '2026-01-01' });
    expect(m.kind).toBe('timeSeries');
    expect(m.fileStem).toBe('test-case-purchases');
    expect(m.valueAxisLabel).toBe('¥ billion per year');
    expect(m.points.map((p) => p.plotted)).toEqual([700, 70]);
    expect(m.domain).toEqual([2009, 2027]);
    expect(m.bands.map((b) => b.label)).toEqual(['First', 'Second', 'Third']);
    expect(m.legend.map((l) => l.label)).toContain(DERIVED_LEGEND);
    const derived = m.points.find((p) => p.id === 'p2009')!;
    expect(derived.kind).toBe('derived');
    expect(derived.display).toBe('≈ ¥70 billion');
    expect(derived.quote).toBe('nearly ten times the value of a decade earlier');
    expect(m.derivedNote).toContain('¥700 billion ÷ 10 ≈ ¥70 billion');
    const stated = m.points.find((p) => p.id === 'p2019')!;
    expect(stated.displayFull).toBe('¥700 billion (US$4.65 billion)');
    expect(stated.citation).toContain('Writer, Ann B. “A Commentary on Two Periods.”');
    expect(m.sourceLine).toMatch(/^Source: Writer, Ann B\. “A Commentary/);
    expect(m.subtitle).toBe('First (2017–2021) · ¥ billion per year');
    expect(m.emptyPeriods).toEqual(['third']);
  });

  it('lines periods up from their start on request', () => {
    const m = buildChartModel(kase, purchases, { compared, timeMode: 'sinceStart', asOf: '2026' });
    expect(m.timeAxisLabel).toBe('Years since the period began');
    expect(m.bands).toEqual([]);
    expect(m.points.find((p) => p.id === 'p2019')!.x).toBeCloseTo(2.45, 1);
    expect(m.domain![0]).toBeLessThan(-7);
    expect(m.series.map((s) => s.label)).toEqual(['First']);
  });

  it('converts only at the rate the case states, and says so', () => {
    const m = buildChartModel(kase, purchases, { compared, currency: 'USD' });
    expect(m.conversionTargets).toEqual(['USD']);
    expect(m.valueAxisLabel).toBe('US$ billion per year');
    expect(m.points.find((p) => p.id === 'p2019')!.display).toBe('US$4.65 billion');
    expect(m.notes.join(' ')).toContain('the rate implied by');
    const unconverted = buildChartModel(kase, support, { compared, currency: 'JPY' });
    expect(unconverted.currency).toBe('USD');
  });

  it('sets request against outcome, coloured by role', () => {
    const m = buildChartModel(kase, support, { compared });
    expect(m.kind).toBe('requestVsOutcome');
    expect(m.series.map((s) => s.key)).toEqual(['outcome', 'request']);
    expect(m.slots.map((s) => [s.key, s.points.length])).toEqual([
      ['first', 2],
      ['third', 0],
    ]);
    expect(m.points.every((p) => p.color.kind === 'role')).toBe(true);
    expect(m.summary).toContain('Third: no figure in the sources.');
  });

  it('puts thresholds on rungs, one per actor, grouped by period', () => {
    const m = buildChartModel(kase, targets, { compared });
    expect(m.kind).toBe('ladder');
    expect(m.valueAxisLabel).toBe('% of GDP');
    expect(m.slots.map((s) => s.label)).toEqual(['', 'Japan', 'Colby', 'Hegseth']);
    expect(m.slots.map((s) => s.sublabel)).toEqual([undefined, 'pledge', 'request', 'request']);
    expect(m.bands.find((b) => b.periodId === 'first')?.empty).toBe(true);
    expect(m.bands.map((b) => [b.label, b.slot1, b.slot2])).toEqual([
      ['First', 'first', 'first'],
      ['Second', 'pledge', 'pledge'],
      ['Third', 'c', 'h'],
    ]);
    expect(m.points.find((p) => p.id === 'h')!.display).toBe('≥ 3%');
    expect(m.subtitle).toBe('Second (2021–2025) and Third (2025–) · % of GDP');
  });

  it('draws a single figure as a bar, with a summary line per period', () => {
    const m = buildChartModel(kase, jobs, { compared });
    expect(m.kind).toBe('bars');
    expect(m.valueAxisLabel).toBe('million jobs');
    expect(m.points[0]!.plotted).toBe(1);
    expect(m.summary).toEqual([
      'First: no figure in the sources.',
      'Third — Japan, outcome: ≈ 1 million jobs; stated: “quote for j”',
    ]);
    expect(m.derivedNote).toBeUndefined();
  });

  it('names periods in the subtitle', () => {
    expect(namePeriods(compared)).toBe('First (2017–2021) and Third (2025–)');
  });
});

describe('lineSegments', () => {
  it('draws stated runs whole and every link to a derived point on its own', () => {
    const m = buildChartModel(kase, purchases, { compared });
    const [derived, stated] = [m.points.find((p) => p.kind === 'derived')!, m.points[0]!];
    const s = (id: string, x: number) => ({ ...stated, id, x });
    const d = (id: string, x: number) => ({ ...derived, id, x });
    const run = [d('a', 1), s('b', 2), s('c', 3), s('e', 4), d('f', 5), s('g', 6)];
    const segments = lineSegments(run, true);
    expect(segments.map((x) => [x.derived, x.points.map((p) => p.id).join('')])).toEqual([
      [true, 'ab'],
      [false, 'bce'],
      [true, 'ef'],
      [true, 'fg'],
    ]);
    expect(lineSegments([s('a', 1)], true)).toEqual([]);
    // Points of a series the case does not call continuous are never joined.
    expect(lineSegments(run, false)).toEqual([]);
  });
});

describe('the summary of a long series', () => {
  it('describes each period in one sentence instead of listing thousands of points', () => {
    const many = measure({
      id: 'many',
      points: Array.from({ length: 120 }, (_, i) =>
        point({
          id: `p${i}`,
          period: 'first',
          date: `${2017 + Math.floor(i / 40)}-0${1 + (i % 9)}`,
          value: (i + 1) * 1e9,
        }),
      ),
    });
    const m = buildChartModel(testCase([many]), many, { compared });
    expect(m.summary).toEqual([
      'First: 120 figures from 2017-01 to 2019-09; lowest ¥1 billion (2017-01), highest ¥120 billion (2019-03).',
      'Third: no figure in the sources.',
    ]);
  });
});
