import { describe, expect, it } from 'vitest';
import type { Point } from '../case/schema';
import { buildChartModel } from './chartModel';
import { jobs, measure, purchases, support, targets, testCase } from './chartFixtures';
import type { LegendEntry } from './types';

// The 2009 baseline as the default case now files it: under no period.
const baseline = measure({
  ...purchases,
  caveats: ['The 2009 level is implied, not stated.'],
  points: purchases.points.map((p): Point => {
    if (p.id !== 'p2009') return p;
    const { period: _omit, ...rest } = p;
    return { ...rest, derived: { ...p.derived!, caption: "implied by 'nearly ten times'" } };
  }),
});
const kase = testCase([baseline, support, targets, jobs]);
const compared = kase.periods.filter((p) => p.id === 'first' || p.id === 'third');

describe('a point outside every period', () => {
  it('is drawn neutral, named as outside the periods, and not counted as the first period', () => {
    const m = buildChartModel(kase, baseline, { compared, asOf: '2026-01-01' });
    const p2009 = m.points.find((p) => p.id === 'p2009')!;
    expect(p2009.periodId).toBeUndefined();
    expect(p2009.color).toEqual({ kind: 'neutral' });
    expect(p2009.periodLabel).toBe('Outside the periods');
    expect(p2009.caption).toBe("implied by 'nearly ten times'");
    expect(m.summary[0]).toMatch(/^Outside the periods, 2009 — Japan, outcome: ≈ ¥70 billion/);
    expect(m.legend.map((l) => l.label)).toContain('Outside the periods');
  });

  it('has no place on a "years since the period began" axis, and the chart says so', () => {
    const m = buildChartModel(kase, baseline, { compared, timeMode: 'sinceStart' });
    expect(m.points.find((p) => p.id === 'p2009')!.x).toBeUndefined();
    expect(m.notes.join(' ')).toContain('2009: outside every period');
  });
});

describe('a chart that compares honestly', () => {
  it('names in its subtitle only the periods it has figures for', () => {
    const m = buildChartModel(kase, baseline, { compared, asOf: '2026-01-01' });
    expect(m.subtitle).toBe('First (2017–2021) · ¥ billion per year');
    expect(m.emptyPeriods).toEqual(['third']);
  });

  it('marks a compared period without figures in every chart type', () => {
    for (const [mm, kind] of [
      [baseline, 'timeSeries'],
      [support, 'requestVsOutcome'],
      [jobs, 'bars'],
    ] as const) {
      const m = buildChartModel(kase, mm, { compared, asOf: '2026-01-01' });
      expect(m.kind).toBe(kind);
      const empty = m.legend.find((l) => l.style === 'empty');
      expect(empty?.label, kind).toMatch(/: no figure in the sources$/);
    }
    const series = buildChartModel(kase, baseline, { compared, asOf: '2026-01-01' });
    expect(series.bands.filter((b) => b.empty).map((b) => b.periodId)).toEqual(['third']);
    const bars = buildChartModel(kase, jobs, { compared });
    expect(bars.slots.find((s) => s.periodId === 'first')?.sublabel).toBe(
      'no figure in the sources',
    );
  });

  it('joins points with a line only when the measure says the series is continuous', () => {
    expect(buildChartModel(kase, baseline, { compared }).continuous).toBe(false);
    const joined = measure({ ...baseline, continuous: true });
    expect(buildChartModel(testCase([joined]), joined, { compared }).continuous).toBe(true);
  });

  it('puts the caveats on the face of the chart, first among its notes', () => {
    const m = buildChartModel(kase, baseline, { compared });
    expect(m.notes[0]).toBe('The 2009 level is implied, not stated.');
  });

  it('draws legend keys that differ from each other: outcome is not the grey of "stated"', () => {
    const m = buildChartModel(kase, support, { compared });
    const key = (l: LegendEntry): string => `${JSON.stringify(l.color)} ${l.style}`;
    expect(new Set(m.legend.map(key)).size).toBe(m.legend.length);
    const stated = m.legend.find((l) => l.label === 'Stated in the source')!;
    const outcome = m.legend.find((l) => l.label === 'Outcome')!;
    expect(stated.color).not.toEqual({ kind: 'neutral' });
    expect(stated.color).not.toEqual(outcome.color);
  });
});
