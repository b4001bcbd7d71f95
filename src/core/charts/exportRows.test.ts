import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from './chartModel';
import { jobs, purchases, support, testCase } from './chartFixtures';
import { EXPORT_COLUMNS, exportRows, toCsv, toJson, withoutFloatNoise } from './exportRows';

const kase = testCase([purchases, support, jobs]);
const compared = kase.periods.filter((p) => p.id !== 'second');

describe('export rows', () => {
  it('carry each point with its value, unit, bound, role, derivation, quote and source', () => {
    const rows = exportRows(buildChartModel(kase, purchases, { compared }));
    expect(rows).toHaveLength(2);
    const stated = rows.find((r) => r.date === '2019')!;
    expect(stated).toMatchObject({
      pointId: 'p2019',
      measureId: 'purchases',
      period: 'First',
      value: 700e9,
      unit: 'money',
      currency: 'JPY',
      bound: 'exact',
      role: 'outcome',
      actor: 'Japan',
      kind: 'stated',
      derivation: '',
      quote: 'a high of ¥700 billion (US$4.65 billion) annually',
      sourceId: 'src-a',
      display: '¥700 billion (US$4.65 billion)',
    });
    expect(stated.source).toContain('“A Commentary on Two Periods.”');
    const derived = rows.find((r) => r.date === '2009')!;
    expect(derived.kind).toBe('derived');
    expect(derived.bound).toBe('approximately');
    expect(derived.derivation).toContain('¥700 billion ÷ 10 ≈ ¥70 billion');
    expect(derived.derivation).toContain('A tenth of the 2019 level.');
  });

  it('write CSV that parses back to the same rows (RFC 4180 quoting)', () => {
    const rows = exportRows(buildChartModel(kase, support, { compared }));
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r['value'], r['role'], r['quote']])).toEqual(
      rows.map((r) => [String(r.value), r.role, r.quote]),
    );
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const rows = exportRows(buildChartModel(kase, jobs, { compared }));
    const csv = toCsv([{ ...rows[0]!, label: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('write JSON with the chart title, unit, notes and source', () => {
    const model = buildChartModel(kase, purchases, { compared, currency: 'USD' });
    const json = JSON.parse(toJson(model, exportRows(model))) as Record<string, unknown>;
    expect(json['title']).toBe('Purchases');
    expect(json['source']).toMatch(/^Source: /);
    expect(json['notes']).toHaveLength(1);
    const points = json['points'] as { plottedCurrency: string; plottedValue: number }[];
    expect(points.map((p) => p.plottedCurrency)).toEqual(['USD', 'USD']);
    expect(points[0]!.plottedValue).toBe(4.65e9);
  });
});

describe('exported numbers', () => {
  it('carry no float noise from a derivation', () => {
    expect(withoutFloatNoise(8e9 / 3)).toBe(2666666666.67);
    expect(String(withoutFloatNoise(0.1 + 0.2))).toBe('0.3');
    expect(withoutFloatNoise(700e9)).toBe(700e9);
    const m = buildChartModel(kase, support, { compared });
    const level = exportRows(m).find((r) => r.pointId === 'level')!;
    expect(String(level.value)).toBe('2666666666.67');
  });
});
