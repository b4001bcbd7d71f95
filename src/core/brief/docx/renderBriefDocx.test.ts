import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Case } from '../../case/schema';
import type { CitationStyle } from '../../citation/citationStyles';
import { buildBrief, type BriefInput } from '../buildBrief';
import { briefInput, CASE_WITH_ARTICLE } from '../testing/briefFixtures';
import { renderBriefDocx, type BriefChartFigure } from './renderBriefDocx';

// Building a style's processor takes seconds on a loaded machine; each is built once per run.
vi.setConfig({ testTimeout: 180_000 });

const empty = {
  ...CASE_WITH_ARTICLE.measures.find((m) => m.id === 'japanese-investment-jobs')!,
  id: 'tariff-revenue',
  label: 'Tariff revenue',
  points: [],
};
const kase: Case = { ...CASE_WITH_ARTICLE, measures: [...CASE_WITH_ARTICLE.measures, empty] };
const note = [
  '## What changed',
  'Quote: [[claim:trump1-steel-aluminium-tariffs]]; compare [@smith2019, p. 9] and [@nobody].',
  '- a [web link](https://example.org/a) and a [bad one](javascript:alert(1))',
  '1. first',
  '2. second',
].join('\n\n');
const svg = (title: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="661" height="300"><title>${title}</title></svg>`;
// A 1 × 1 PNG: the page draws the real one from the SVG (e2e/briefs.spec.ts reads it back).
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

function input(style: CitationStyle): BriefInput {
  return briefInput(
    {
      kase,
      notes: new Map([['trade', note]]),
      charts: new Map([
        ['equipment-purchases', { svg: svg('Equipment'), width: 661, height: 300 }],
        ['host-nation-support', { svg: svg('Host nation'), width: 661, height: 300 }],
      ]),
    },
    style,
  );
}

/** The parts of a DOCX, and the text of each paragraph of its body and footnotes. */
async function docx(style: CitationStyle) {
  const brief = buildBrief(input(style));
  const bytes = await renderBriefDocx(brief, {
    png: (f: BriefChartFigure) =>
      f.measureId === 'host-nation-support'
        ? Promise.reject(new Error('the canvas refused the image'))
        : Promise.resolve(PNG),
  });
  const files = unzipSync(bytes);
  const part = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const document = part('word/document.xml');
  const footnotes = part('word/footnotes.xml');
  return {
    brief,
    files,
    document,
    footnotes,
    rels: part('word/_rels/document.xml.rels'),
    paragraphs: texts(document),
    notes: texts(footnotes),
  };
}

function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''),
  );
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function tables(xml: string): string[] {
  return xml.split('<w:tbl>').slice(1);
}

describe('renderBriefDocx', () => {
  it('writes a real table per issue area with the claims, their quotes, the verdict and rationale', async () => {
    const { document, paragraphs, brief } = await docx('apa');
    const sideBySide = tables(document).filter((t) => texts(t).includes('Verdict and rationale'));
    expect(sideBySide).toHaveLength(kase.issues.length);
    // The header row repeats on every page; the columns are the pair's periods.
    expect(sideBySide[0]).toContain('<w:tblHeader/>');
    expect(texts(sideBySide[0]!)).toEqual(
      expect.arrayContaining(['Row', 'Trump 1.0', 'Trump 2.0', 'Verdict and rationale']),
    );
    for (const issue of brief.issues) {
      for (const claim of issue.rows.flatMap((r) => [...r.from, ...r.to])) {
        expect(paragraphs).toContainEqual(expect.stringContaining(`“${claim.quote}”`));
      }
    }
    const tariffs = texts(sideBySide[0]!);
    expect(tariffs).toContain('Intensified');
    expect(tariffs).toContain('Tariffs widened from steel to autos.');
    expect(tariffs).toContainEqual(expect.stringMatching(/^Fact\. /));
    expect(tariffs).toContainEqual(expect.stringMatching(/” \(Hughes, n\.d\.; .*paragraph \d\)$/));
    expect(paragraphs).toContain('Not judged');
    // The title block and the summary of verdicts.
    expect(paragraphs[0]).toBe(`${kase.title} — Trump 1.0 → Trump 2.0`);
    expect(paragraphs).toContain('Analyst: A. Analyst');
    const summary = texts(tables(document)[0]!);
    expect(summary.slice(0, 4)).toEqual(['Issue area', 'Intensified', 'Judged', 'Not judged']);
    expect(summary).toContain('All issue areas');
  });

  it('gives bibliography entries the form of the chosen style', async () => {
    const apa = await docx('apa');
    const chicago = await docx('chicago-author-date');
    const after = (p: string[]): string[] => p.slice(p.lastIndexOf('Bibliography') + 1);
    expect(after(apa.paragraphs)).toContain(
      'Smith, J. (2019). Alliance Politics in East Asia. International Security, 43(2), 7–44.',
    );
    expect(after(chicago.paragraphs)).toContain(
      'Smith, Jane. 2019. “Alliance Politics in East Asia.” International Security 43 (2): 7–44.',
    );
    expect(after(apa.paragraphs)).toContainEqual(
      expect.stringMatching(/^Hughes, C\. W\. \(n\.d\./),
    );
    expect(after(chicago.paragraphs)).toContainEqual(
      expect.stringMatching(/^Hughes, Christopher W\. n\.d\./),
    );
    // The journal's name is set in italics, as the style has it.
    expect(apa.document).toMatch(/<w:i\/>[\s\S]{0,200}International Security/);
    // An in-text style writes no footnote.
    expect(apa.document).not.toContain('<w:footnoteReference');
  });

  it('puts a note style’s citations in Word footnotes, one per citation', async () => {
    const { document, notes, brief } = await docx('chicago-notes-bibliography');
    const marks = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    const claims = brief.issues.flatMap((i) => i.rows.flatMap((r) => [...r.from, ...r.to]));
    // Every claim of the side-by-side, the claim and the citation of the note.
    expect(marks).toHaveLength(claims.length + 2);
    expect(marks).toEqual(marks.map((_, i) => i + 1));
    expect(notes).toContainEqual(expect.stringMatching(/^Christopher W\. Hughes, Japan’s/));
    expect(notes).toContain(
      'Jane Smith, “Alliance Politics in East Asia,” International Security 43, no. 2 (2019): 9.',
    );
  });

  it('embeds each chart as SVG with a PNG, its caption, source line and alt text, and says which cannot be drawn', async () => {
    const { document, files, paragraphs, brief } = await docx('apa');
    const media = Object.keys(files).filter((n) => n.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(1);
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(1);
    const figure = brief.issues
      .flatMap((i) => i.figures)
      .find((f) => f.measureId === 'equipment-purchases')!;
    expect(figure.kind).toBe('chart');
    if (figure.kind !== 'chart') return;
    const attribute = figure.altText
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;');
    expect(document).toContain(`descr="${attribute}"`);
    expect(paragraphs).toContain(`Figure ${figure.number}. ${figure.caption}`);
    expect(paragraphs).toContain(figure.sourceLine);
    expect(paragraphs).toContain('Cannot be drawn: the sources give no points for Tariff revenue.');
    expect(paragraphs).toContain('Cannot be drawn: the canvas refused the image.');
  });

  it('writes the analyst’s note with its claims, citations and lists, and only web links', async () => {
    const { paragraphs, rels, document } = await docx('apa');
    expect(paragraphs).toContain('What changed');
    const quote = kase.claims.find((c) => c.id === 'trump1-steel-aluminium-tariffs')!.evidence
      .selector.exact;
    expect(paragraphs).toContainEqual(expect.stringContaining(`Quote: “${quote}” (Hughes`));
    expect(paragraphs).toContainEqual(expect.stringContaining('(Smith, 2019, p. 9)'));
    expect(paragraphs).toContainEqual(expect.stringContaining('[@nobody] (unknown source)'));
    expect(rels).toContain('Target="https://example.org/a"');
    expect(rels).not.toMatch(/javascript:/i);
    expect(document).not.toMatch(/javascript:/i);
    expect(paragraphs).toContain('a web link and a bad one');
    expect(document).toContain('<w:numId ');
  });
});
