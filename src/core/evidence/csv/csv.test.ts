import { describe, expect, it } from 'vitest';
import type { Period } from '../../case/schema';
import { CsvMapping, guessMapping, mapRows, mappingProblems, type CsvContext } from './csvMapping';
import { parseAmount } from './parseAmount';
import { readCsv, type CsvTable } from './readCsv';

const PERIODS: Period[] = [
  { id: 'trump1', label: 'Trump 1.0', start: '2017-01-20', end: '2021-01-20' },
  { id: 'biden', label: 'Biden', start: '2021-01-20', end: '2025-01-20' },
  { id: 'trump2', label: 'Trump 2.0', start: '2025-01-20', end: null },
];
const yen: CsvContext = {
  fileName: 'budget.csv',
  unit: { kind: 'money', currency: 'JPY' },
  periods: PERIODS,
  sources: [
    { id: 'mod-white-paper', title: 'Defense of Japan 2024' },
    { id: 'u-nikkei-x1', title: 'Nikkei Asia report' },
  ],
};

function table(text: string): CsvTable {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

describe('reading a CSV file', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, giving each row its line', () => {
    const t = table(
      'year,value,quote\n2019,"1,000","He said ""no"", twice"\n2020,5,"two\nlines"\n2021,6,x\n',
    );
    expect(t.header).toEqual(['year', 'value', 'quote']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['2019', '1,000', 'He said "no", twice'] },
      { line: 3, cells: ['2020', '5', 'two\nlines'] },
      { line: 5, cells: ['2021', '6', 'x'] },
    ]);
  });

  it('drops a BOM, handles CRLF and skips blank lines', () => {
    const t = table('\ufeffdate;value\r\n2019;1\r\n\r\n2020;2\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['date', 'value']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('detects tab and pipe delimiters', () => {
    expect(table('a\tb\n1,5\t2\n').delimiter).toBe('\t');
    expect(table('a|b|c\n1|2|3\n').delimiter).toBe('|');
  });

  it('reports rows with the wrong number of fields or an unclosed quote by line', () => {
    const t = table('a,b\n1,2\n3\n4,5,6\n7,"8\n');
    expect(t.rows).toHaveLength(1);
    expect(t.badRows).toEqual([
      { line: 3, reason: 'the row has 1 field; the header has 2' },
      { line: 4, reason: 'the row has 3 fields; the header has 2' },
      { line: 5, reason: 'has a quoted field that is never closed' },
    ]);
  });

  it('refuses an empty file, a header without rows, and binary content', () => {
    expect(readCsv('')).toEqual({ ok: false, message: 'the file is empty' });
    expect(readCsv('\ufeff \n\n')).toEqual({ ok: false, message: 'the file is empty' });
    expect(readCsv('a,b\n')).toEqual({
      ok: false,
      message: 'it has a header row but no data rows',
    });
    expect(readCsv('a,b\n1\u00002,3')).toMatchObject({ ok: false, message: /binary/ });
  });
});

describe('reading amounts', () => {
  it.each([
    ['1,234.5', 1234.5, {}],
    ['¥700 billion', 700e9, { currency: 'JPY' }],
    ['US$4.65 bn', 4.65e9, { currency: 'USD' }],
    ['700 billion JPY', 700e9, { currency: 'JPY' }],
    ['2%', 2, { percent: true }],
    ['(1,000)', -1000, {}],
    ['−5', -5, {}],
    ['about 2,000', 2000, { bound: 'approximately' }],
    ['nearly 10', 10, { bound: 'nearly' }],
    ['54,000+', 54000, { bound: 'orMore' }],
    ['3.5万', 35000, {}],
    ['7e11', 7e11, {}],
    ['.5', 0.5, {}],
  ])('%s is %d', (text, value, extra) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount: { value, percent: false, ...extra } });
  });

  it('reads a decimal comma when told to', () => {
    expect(parseAmount('1.234,5', ',')).toMatchObject({ ok: true, amount: { value: 1234.5 } });
    expect(parseAmount('1 234,5', ',')).toMatchObject({ ok: true, amount: { value: 1234.5 } });
  });

  it.each([
    ['', 'there is no value'],
    ['n/a', "'n/a' is not a number"],
    ['1,5', "'1,5' is not a number (with '.' as the decimal mark"],
    ['12 apples', "'12 apples' is not a number"],
    ['1.2.3', "'1.2.3' is not a number"],
  ])('%j is refused', (text, reason) => {
    const parsed = parseAmount(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.startsWith(reason)).toBe(true);
  });
});

describe('mapping rows to points', () => {
  const csv = [
    'Year,Amount,Quote,Source,Note',
    '2019,¥700 billion,a high of ¥700 billion,Defense of Japan 2024,Peak',
    '2018,"650,000,000,000",,mod-white-paper,',
    '2025-03,about 900 billion,,u-nikkei-x1,',
    '2020,lots,,mod-white-paper,',
    '2019,US$5 bn,,mod-white-paper,',
    '2019,5,,Unknown Paper,',
    '2021,5,,mod-white-paper,',
    '3/1/2019,5,,mod-white-paper,',
    '2019-02-30,5,,mod-white-paper,',
    '2019,5,,,',
  ].join('\n');

  it('guesses a mapping from the header', () => {
    expect(guessMapping(table(csv))).toEqual({
      columns: { date: 0, value: 1, quote: 2, source: 3, note: 4 },
      delimiter: ',',
    });
  });

  it('turns good rows into points and gives every bad row its line and reason', () => {
    const mapping = CsvMapping.parse(guessMapping(table(csv)));
    const { points, badRows } = mapRows(table(csv).rows, mapping, yen);
    expect(
      points.map((p) => [p.line, p.point.date, p.point.period, p.point.value, p.point.bound]),
    ).toEqual([
      [2, '2019', 'trump1', 700e9, 'exact'],
      [3, '2018', 'trump1', 650e9, 'exact'],
      [4, '2025-03', 'trump2', 900e9, 'approximately'],
    ]);
    expect(points[0]!.point).toMatchObject({
      label: 'Peak',
      evidence: {
        source: 'mod-white-paper',
        selector: { type: 'TextQuoteSelector', exact: 'a high of ¥700 billion' },
        locator: 'budget.csv, line 2',
      },
    });
    // Without a quote column value, the figure as written is the quote.
    expect(points[1]!.point.evidence?.selector.exact).toBe('650,000,000,000');
    expect(badRows).toEqual([
      { line: 5, reason: "'lots' is not a number" },
      { line: 6, reason: 'the value is in USD, but the measure counts JPY' },
      { line: 7, reason: "unknown source 'Unknown Paper': give a source's title or id" },
      {
        line: 8,
        reason: expect.stringMatching(/^2021 falls in more than one period \(Trump 1\.0, Biden\)/),
      },
      { line: 9, reason: "'3/1/2019' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD" },
      { line: 10, reason: "'2019-02-30' is not a calendar date" },
      { line: 11, reason: 'there is no source: choose a source or fill the source column' },
    ]);
  });

  it('applies a unit column, a scale, default source and period, and checks the period', () => {
    const t = table('date,value,unit,period\n2019,4.65,USD bn,trump1\n2019,2,bn,Trump 2.0\n');
    const mapping = CsvMapping.parse({
      columns: { date: 0, value: 1, unit: 2, period: 3 },
      source: 'mod-white-paper',
    });
    const usd = { ...yen, unit: { kind: 'money', currency: 'USD' } } as const;
    const { points, badRows } = mapRows(t.rows, mapping, usd);
    expect(points.map((p) => p.point.value)).toEqual([4.65e9]);
    expect(badRows).toEqual([
      { line: 3, reason: '2019 lies outside Trump 2.0 (2025-01-20 to ongoing)' },
    ]);
  });

  it('checks percentages and counts against the unit', () => {
    const t = table('year,value\n2019,1.2%\n2019,¥5\n');
    const mapping = CsvMapping.parse({ columns: { date: 0, value: 1 }, source: 'mod-white-paper' });
    const gdp = mapRows(t.rows, mapping, { ...yen, unit: { kind: 'percentGdp' } });
    expect(gdp.points.map((p) => p.point.value)).toEqual([1.2]);
    expect(gdp.badRows[0]!.reason).toMatch(/amount of JPY, but the measure is a percentage of GDP/);
    const troops = mapRows(t.rows, mapping, { ...yen, unit: { kind: 'people', noun: 'troops' } });
    expect(troops.badRows.map((r) => r.reason)).toEqual([
      'the value is a percentage, but the measure counts troops',
      'the value is an amount of JPY, but the measure counts troops',
    ]);
  });

  it('reports a mapping to a column the file lacks, and a missing source', () => {
    const t = table('year,value\n2019,1\n');
    const mapping = CsvMapping.parse({ columns: { value: 1, quote: 4 } });
    expect(mappingProblems(t, mapping)).toEqual([
      'the quote column is set to column 5, but the file has 2 columns',
      'choose a “Source of rows without one”, or map a Source column',
    ]);
  });
});
