import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Case } from '../case/schema';
import { claim, testCase } from '../compare/testCase';
import { emptyUserLayer, type UserLayer } from '../user/schema';
import { FIGURE_CSV_COLUMNS, sideBySideCsv } from './figureCsv';
import { overviewSvg } from './overviewSvg';
import { STYLES, columnsFor, paginate, rowBlock } from './sideBySideLayout';
import { sideBySideModel, sourceLine } from './sideBySideModel';
import { sideBySideSvg } from './sideBySideSvg';
import { estimateTextWidth, type MeasureText } from './wrapLines';

const shipped = Case.parse(
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../data/cases/japan-trump/case.json', import.meta.url)),
      'utf8',
    ),
  ),
);
const pair = { from: 'trump1', to: 'trump2' };

function withVerdict(kase: Case, issue: string, dimension: string, rationale: string): UserLayer {
  const layer = emptyUserLayer(kase.id);
  return {
    ...layer,
    verdicts: [
      {
        issue,
        dimension,
        pair,
        verdict: 'intensified',
        rationale,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  };
}

describe('the side-by-side figure', () => {
  const issue = shipped.issues.find((i) => i.id === 'alliance-management');
  const dimension = issue?.dimensions[0]?.id ?? '';
  const layer = withVerdict(shipped, 'alliance-management', dimension, 'Tone <sharper> & "louder"');
  const model = sideBySideModel(shipped, layer, 'alliance-management', pair);
  if (!model) throw new Error('the shipped case has no alliance-management issue');
  const source = sourceLine(shipped, model.rows);

  it('wraps every line of every cell inside its column', () => {
    const columns = columnsFor(661);
    for (const row of model.rows) {
      const block = rowBlock(row, columns, estimateTextWidth);
      for (const c of [...block.from]) {
        for (const line of c.statement) {
          expect(estimateTextWidth(line, 9)).toBeLessThanOrEqual(columns.from.width);
        }
      }
      const words = row.from.flatMap((c) => c.statement.split(/\s+/).filter(Boolean));
      expect(block.from.flatMap((c) => c.statement.join(' ').split(' '))).toEqual(words);
    }
  });

  it('splits a long issue into pages no taller than asked, every row on exactly one', () => {
    const pages = sideBySideSvg(model, { source, measure: estimateTextWidth, maxHeight: 500 });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      if (page.rows.length > 1) expect(page.height).toBeLessThanOrEqual(500);
      expect(page.svg).toContain(`Page ${pages.indexOf(page) + 1} of ${pages.length}`);
    }
    expect(pages.flatMap((p) => p.rows)).toEqual(model.rows.map((r) => r.label));
  });

  it('gives a row taller than a page a page of its own', () => {
    const columns = columnsFor(661);
    const blocks = model.rows.map((r) => rowBlock(r, columns, estimateTextWidth));
    const pages = paginate(blocks, 10);
    expect(pages).toHaveLength(blocks.length);
  });

  it('draws the header, the verdict, citations and the source line, escaped', () => {
    const [page] = sideBySideSvg(model, { source, measure: estimateTextWidth });
    const svg = page?.svg ?? '';
    expect(svg).toContain(
      '<title id="fig-title">Alliance management and diplomacy, Trump 1.0 → Trump 2.0',
    );
    expect(svg).toContain('<desc id="fig-desc">');
    expect(svg).toContain('Intensified');
    // The column heads speak the product's word for a compared line: a row.
    expect(svg).toContain('>Row</text>');
    expect(svg).not.toMatch(/dimension</i);
    expect(svg).toContain('Tone &lt;sharper&gt; &amp;');
    expect(svg).not.toContain('<sharper>');
    expect(svg).toContain('Made with Diptych');
    expect(svg).toContain(shipped.title.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
    expect(svg).toMatch(/— [^<]+/);
    // The product's word for a compared line is "row", in the table's head too.
    expect(svg).toContain('>Row</text>');
    expect(svg).not.toContain('Dimension');
  });

  it('carries the style it is given on every page, escaped, and none when given none', () => {
    const css =
      "@font-face{font-family:Inter;src:url(data:font/woff2;base64,AA==) format('woff2')}";
    const pages = sideBySideSvg(model, { source, measure: estimateTextWidth, maxHeight: 500, css });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.svg).toContain(
        '<style>@font-face{font-family:Inter;src:url(data:font/woff2;base64,AA==) format(&apos;woff2&apos;)}</style>',
      );
    }
    const [plain] = sideBySideSvg(model, { source, measure: estimateTextWidth });
    expect(plain?.svg).not.toContain('<style>');
  });

  it('draws only the rows the analyst picked', () => {
    const picked = model.rows[1]?.dimensionId ?? '';
    const pages = sideBySideSvg(model, { source, measure: estimateTextWidth, rowIds: [picked] });
    expect(pages.flatMap((p) => p.rows)).toEqual([model.rows[1]?.label]);
  });
});

describe('the side-by-side data', () => {
  it('has one row per claim, starts with a BOM and neutralises formulae', () => {
    const kase = testCase([
      claim({ id: 'a', period: 't1', statement: '=HYPERLINK("x")' }),
      claim({ id: 'b', period: 't2', quote: '¥700 billion ≈ $6 billion' }),
      claim({ id: 'c', period: 't2', dimension: 'investment' }),
    ]);
    const model = sideBySideModel(kase, emptyUserLayer('test'), 'trade', { from: 't1', to: 't2' });
    if (!model) throw new Error('no trade issue');
    const csv = sideBySideCsv(model);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim());
    expect(parsed.data[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]?.[3]).toBe(`'=HYPERLINK("x")`);
    expect(parsed.data[2]?.[4]).toBe('¥700 billion ≈ $6 billion');
    expect(parsed.data[3]?.[0]).toBe('Investment');
  });
});

describe('the overview figure', () => {
  it('counts each verdict in its legend and colours the judged cell', () => {
    const issue = shipped.issues[0];
    const dimension = issue?.dimensions[0]?.id ?? '';
    const layer = withVerdict(shipped, issue?.id ?? '', dimension, '');
    const page = overviewSvg(shipped, layer, pair, estimateTextWidth);
    const rows = shipped.issues.reduce((n, i) => n + i.dimensions.length, 0);
    expect(page.svg).toContain('Intensified: 1');
    expect(page.svg).toContain(`Not judged: ${rows - 1}`);
    expect(page.svg).toContain(`1 of ${rows} comparisons judged`);
    expect(page.svg).toContain('#f8e0dc');
  });

  it('leaves room for each column head before the next, in a wide fallback font too', () => {
    // A reader's fallback font may set the heads wider than Inter does.
    const wide: MeasureText = (text, size, weight) => 1.3 * estimateTextWidth(text, size, weight);
    const page = overviewSvg(shipped, emptyUserLayer(shipped.id), pair, wide);
    const x = (head: string): number =>
      Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${head}</text>`).exec(page.svg)?.[1]);
    const width = (head: string): number => wide(head, STYLES.head.size, STYLES.head.weight);
    expect(x('Rows') - x('Judged')).toBeGreaterThan(width('Judged'));
    expect(x('Judged') - x('Issue area')).toBeGreaterThan(width('Issue area'));
  });

  it('carries the style it is given', () => {
    const page = overviewSvg(shipped, emptyUserLayer(shipped.id), pair, estimateTextWidth, {
      css: '@font-face{font-family:Inter}',
    });
    expect(page.svg).toContain('<style>@font-face{font-family:Inter}</style>');
    expect(page.width).toBe(661);
  });
});
