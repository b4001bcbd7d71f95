import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvPreview } from '../../../core/evidence/csv/csvPreview';
import { readCsvBytes } from '../../../core/evidence/csv/readCsvBytes';
import { mergeCase } from '../../../core/user/merge';
import { CASE_ID, evidenceWorkspace, type EvidenceWorkspace } from './testing/evidenceWorkspace';

let w: EvidenceWorkspace;
beforeEach(async () => {
  w = await evidenceWorkspace();
});
afterEach(() => w.cleanup());

const yenMeasure = () =>
  w.builtIn.measures.find((m) => m.unit.kind === 'money' && m.unit.currency === 'JPY')!;
const source = () => w.builtIn.sources[0]!.id;

/** A CSV file's bytes as the UI sends them: base64 of UTF-8. */
function csv(rows: string[]): string {
  return Buffer.from(['Year,Value,Quote', ...rows].join('\n'), 'utf8').toString('base64');
}
const mapping = () => ({ columns: { date: 0, value: 1, quote: 2 }, source: source() });
/** Imports `rows` from a file called `name` into the built-in yen measure, with `mapping()`. */
const importYen = (name: string, rows: string[], operationId?: string, onBad?: 'skip') =>
  w.api.importCsvPoints(
    CASE_ID,
    { measure: yenMeasure().id },
    name,
    csv(rows),
    mapping(),
    operationId,
    onBad,
  );

describe('own data by hand', () => {
  it('adds a point to a built-in measure and creates a measure', async () => {
    const measure = yenMeasure();
    const point = {
      period: 'trump2',
      date: '2025',
      value: 1e12,
      bound: 'exact' as const,
      role: 'outcome' as const,
      evidence: {
        source: source(),
        selector: { type: 'TextQuoteSelector' as const, exact: '¥1 trillion' },
      },
    };
    const added = await w.api.addPoint(CASE_ID, measure.id, point);
    expect(added.point.id).toMatch(/^u-point-/);
    const { measure: own, user } = await w.api.addMeasure(CASE_ID, {
      issue: measure.issue,
      label: 'My own yen series',
      unit: { kind: 'money', currency: 'JPY' },
      basis: 'annual',
      points: [point],
    });
    const merged = mergeCase(w.builtIn, user.layer);
    expect(merged.case.measures.find((m) => m.id === measure.id)!.points.at(-1)!.id).toBe(
      added.point.id,
    );
    expect(merged.origin.measures.has(own.id)).toBe(true);
    await expect(w.api.addPoint(CASE_ID, 'no-such-measure', point)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      w.api.addPoint(CASE_ID, measure.id, { ...point, period: 'nope' }),
    ).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining("unknown period 'nope'"),
    });
  });
});

describe('CSV import', () => {
  it('previews a file: columns, guessed mapping, points and every bad row by line', () => {
    const read = readCsvBytes(
      Buffer.from(
        csv(['2018,"¥650 billion",x', '2019,lots,y', '2025-06,"¥1,000 billion",z', '2021,5,w']),
        'base64',
      ),
    );
    if (!read.ok) throw new Error(read.message);
    const context = {
      fileName: 'budget.csv',
      unit: yenMeasure().unit,
      periods: w.builtIn.periods,
      sources: w.builtIn.sources,
    };
    const preview = csvPreview(read.table, null, context);
    expect(preview.columns).toEqual([
      { index: 0, name: 'Year' },
      { index: 1, name: 'Value' },
      { index: 2, name: 'Quote' },
    ]);
    expect(preview.mapping?.columns).toEqual({ date: 0, value: 1, quote: 2 });
    // No source chosen yet: the mapping says so and no row is judged.
    expect(preview.mappingProblems).toEqual([
      'choose a “Source of rows without one”, or map a Source column',
    ]);
    const mapped = csvPreview(read.table, mapping(), context);
    expect(mapped.mappingProblems).toEqual([]);
    expect(mapped.badRows.filter((r) => r.line === 2 || r.line === 4)).toEqual([]);
    expect(mapped.pointCount).toBe(2);
    expect(mapped.badRows).toEqual([
      { line: 3, reason: "'lots' is not a number" },
      { line: 5, reason: expect.stringMatching(/^2021 falls in more than one period/) },
    ]);
  });

  it.each([
    [
      'Windows-1252',
      Buffer.from('Year,Value,Quote\n2019,5,caf\xe9 \x93na\xefve\x94 \x80\n', 'latin1'),
    ],
    [
      'UTF-16 LE',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Year,Value,Quote\n2019,5,café “naïve” €\n', 'utf16le'),
      ]),
    ],
    [
      'UTF-16 BE',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from('Year,Value,Quote\n2019,5,café “naïve” €\n', 'utf16le').swap16(),
      ]),
    ],
  ])('imports a %s file with its characters as written', async (_, bytes) => {
    const result = await w.api.importCsvPoints(
      CASE_ID,
      { measure: yenMeasure().id },
      'excel.csv',
      bytes.toString('base64'),
      mapping(),
    );
    expect(result).toMatchObject({ status: 'done', points: 1 });
    const layer = JSON.parse((await w.userJson())!);
    expect(layer.points[0].point.evidence.selector.exact).toBe('café “naïve” €');
  });

  it('imports every row into a built-in measure', async () => {
    const measure = yenMeasure();
    const result = await w.api.importCsvPoints(
      CASE_ID,
      { measure: measure.id },
      'budget.csv',
      csv(['2018,650000000000,a', '2025-06,"¥1,000 billion",b']),
      mapping(),
    );
    expect(result).toMatchObject({
      status: 'done',
      measure: measure.id,
      created: false,
      points: 2,
    });
    const layer = JSON.parse((await w.userJson())!);
    expect(layer.points.map((p: { point: { value: number } }) => p.point.value)).toEqual([
      650e9, 1e12,
    ]);
  });

  it('imports into a new measure', async () => {
    const issue = w.builtIn.issues[0]!.id;
    const result = await w.api.importCsvPoints(
      CASE_ID,
      {
        newMeasure: {
          issue,
          label: 'Troops in Japan',
          unit: { kind: 'people', noun: 'troops' },
          basis: 'level',
        },
      },
      'troops.csv',
      csv(['2019,"54,000","about 54,000"', '2025-06,"55,000",']),
      mapping(),
    );
    expect(result).toMatchObject({ status: 'done', created: true, points: 2 });
    if (result.status !== 'done') return;
    const merged = mergeCase(w.builtIn, result.user.layer);
    expect(
      merged.case.measures.find((m) => m.id === result.measure)?.points.map((p) => p.value),
    ).toEqual([54000, 55000]);
  });

  it('imports nothing when one row is bad, and user.json stays byte-identical', async () => {
    await w.api.addSource(CASE_ID, {
      type: 'book',
      authors: [],
      editors: [],
      title: 'Something already there',
    });
    const before = await w.userJson();
    const rows = Array.from({ length: 50 }, (_, i) => `${2017 + (i % 4)},${i},q`);
    rows[30] = '2019,"12,34",q';
    await expect(importYen('budget.csv', rows)).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringMatching(
        /^"budget\.csv": 1 row cannot be imported, so nothing was imported\. line 32: '12,34' is not a number/,
      ),
    });
    expect(await w.userJson()).toBe(before);
  });

  it('imports the good rows when asked to skip the bad ones, and lists them by line', async () => {
    const rows = ['2018,650000000000,a', '2019,"12,34",b', '2025-06,"¥1,000 billion",c', '2020,,d'];
    const result = await importYen('budget.csv', rows, undefined, 'skip');
    expect(result).toMatchObject({ status: 'done', points: 2, skippedCount: 2 });
    if (result.status !== 'done') return;
    expect(result.skipped).toEqual([
      { line: 3, reason: expect.stringContaining("'12,34' is not a number") },
      { line: 5, reason: 'there is no value' },
    ]);
    const layer = JSON.parse((await w.userJson())!);
    expect(layer.points.map((p: { point: { value: number } }) => p.point.value)).toEqual([
      650e9, 1e12,
    ]);
  });

  it('refuses a skipping import whose every row is bad, and writes nothing', async () => {
    const before = await w.userJson();
    await expect(
      importYen('budget.csv', ['2019,"12,34",b'], undefined, 'skip'),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^"budget\.csv": 1 row cannot be imported/),
    });
    expect(await w.userJson()).toBe(before);
  });

  it.each([
    ['', 'the file is empty'],
    ['\ufeff', 'the file is empty'],
    ['Year,Value\n', 'it has a header row but no data rows'],
  ])('refuses an empty file %j, naming it', async (text, message) => {
    await expect(
      w.api.importCsvPoints(
        CASE_ID,
        { measure: yenMeasure().id },
        'empty.csv',
        Buffer.from(text).toString('base64'),
        mapping(),
      ),
    ).rejects.toMatchObject({ code: 'invalid-arguments', message: `"empty.csv": ${message}` });
  });

  it('refuses a mapping to a missing column', async () => {
    await expect(
      w.api.importCsvPoints(CASE_ID, { measure: yenMeasure().id }, 'a.csv', csv(['2019,1,x']), {
        columns: { value: 7 },
        source: source(),
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining(
        'the value column is set to column 8, but the file has 3 columns',
      ),
    });
  });

  it('reports progress, and a cancelled import leaves nothing', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${2017 + (i % 3)},${i},q`);
    const before = await w.userJson();
    const running = importYen('big.csv', rows, 'csv-1');
    await new Promise((r) => setImmediate(r));
    expect(await w.api.cancelOperation('csv-1')).toEqual({ accepted: true });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(await w.userJson()).toBe(before);
    expect(await w.api.cancelOperation('csv-1')).toEqual({ accepted: false });

    const done = await importYen('big.csv', rows, 'csv-2');
    expect(done).toMatchObject({ status: 'done', points: 20_000 });
    const events = w.progress.filter((p) => p.operationId === 'csv-2');
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ done: 20_000, total: 20_000 });
  });

  it('refuses a file over 50 MB by name', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x78).toString('base64');
    await expect(
      w.api.importCsvPoints(CASE_ID, { measure: yenMeasure().id }, 'huge.csv', big, mapping()),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: '"huge.csv" is 50 MB; files up to 50 MB can be used.',
    });
  });
});
