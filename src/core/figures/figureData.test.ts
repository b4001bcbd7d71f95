import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../charts/chartModel';
import { purchases, testCase } from '../charts/chartFixtures';
import { altTextOf } from './altText';
import { dataZip } from './dataZip';

const kase = testCase([purchases]);

describe('the words and the data behind a figure', () => {
  it('describes every point, stated or derived, and the period without a figure', () => {
    const model = buildChartModel(kase, purchases, { compared: kase.periods, asOf: '2026-01-01' });
    const alt = altTextOf(model, kase.periods);
    expect(alt).toContain(`${model.title}: `);
    expect(alt).toMatch(/¥700 billion in 2019 \(First\), stated/);
    expect(alt).toMatch(/about ¥70 billion in 2009 \([^)]+\), derived/);
    const empty = model.emptyPeriods.map((id) => kase.periods.find((p) => p.id === id)!.label);
    expect(empty).toHaveLength(2);
    expect(alt).toMatch(
      new RegExp(`; no figure for ${empty[0]} and ${empty[1]} in the sources\\.$`),
    );
  });

  it('zips a CSV with a byte-order mark, metadata listing every source as CSL-JSON, a README', () => {
    const model = buildChartModel(kase, purchases, { compared: kase.periods });
    const files = unzipSync(dataZip(kase, model, '2026-12-01'));
    const folder = model.fileStem;
    const csv = files[`${folder}/${folder}.csv`];
    expect(csv).toBeDefined();
    expect(Array.from(csv!.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(csv!)).toContain('¥700 billion');
    const metadata = JSON.parse(strFromU8(files[`${folder}/metadata.json`]!)) as {
      sources: { id: string; title: string; type: string }[];
      points: { kind: string }[];
      measure: { unit: unknown };
    };
    const cited = new Set(model.points.map((p) => p.sourceId));
    expect(metadata.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(metadata.sources[0]!.title).toBe(kase.sources.find((s) => cited.has(s.id))!.title);
    expect(metadata.points.map((p) => p.kind).sort()).toEqual(['derived', 'stated']);
    expect(metadata.measure.unit).toEqual(purchases.unit);
    const readme = strFromU8(files[`${folder}/README.md`]!);
    expect(readme).toContain('## Suggested citation');
    expect(readme).toContain(model.sourceLine);
  });

  it('keeps formulae escaped in the zipped CSV', () => {
    const hostile = {
      ...purchases,
      points: purchases.points.map((p, i) => (i === 0 ? { ...p, actor: '=HYPERLINK("x")' } : p)),
    };
    const k = testCase([hostile]);
    const model = buildChartModel(k, hostile, { compared: k.periods });
    const files = unzipSync(dataZip(k, model, '2026-12-01'));
    const csv = strFromU8(files[`${model.fileStem}/${model.fileStem}.csv`]!);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
