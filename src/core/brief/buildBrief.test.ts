import { describe, expect, it, vi } from 'vitest';
import type { CitationStyle } from '../citation/citationStyles';
import type { UserLayer } from '../user/schema';
import type { BriefBlock, BriefInline } from './briefModel';
import { pandocText } from './briefCitations';
import { buildBrief, type BriefInput } from './buildBrief';
import { briefInput, CASE_WITH_ARTICLE, layerOf, verdictOn } from './testing/briefFixtures';

// Parsing a style's XML takes seconds on a loaded machine; each is parsed once per run.
vi.setConfig({ testTimeout: 180_000 });

const kase = CASE_WITH_ARTICLE;

function layerWith(rationale: string): UserLayer {
  return layerOf(
    verdictOn('trade', 'tariffs', 'intensified', rationale),
    // The reversed pair's verdict is another judgement: never this brief's.
    verdictOn('trade', 'investment', 'softened', 'not this pair', { from: 'trump2', to: 'trump1' }),
  );
}

function input(over: Partial<BriefInput> = {}, style: CitationStyle = 'apa'): BriefInput {
  return briefInput({ layer: layerWith('Tariffs widened from steel to autos.'), ...over }, style);
}

function inlinesOf(blocks: readonly BriefBlock[]): BriefInline[] {
  return blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? [...b.content]
      : b.kind === 'list'
        ? b.items.flatMap(inlinesOf)
        : b.kind === 'quote'
          ? inlinesOf(b.blocks)
          : [],
  );
}

describe('buildBrief', () => {
  it('holds the title block, every issue area and the side-by-side with quotes and citations', () => {
    const brief = buildBrief(input());
    expect(brief.title).toMatchObject({
      title: `${kase.title} — Trump 1.0 → Trump 2.0`,
      fromLabel: 'Trump 1.0',
      toLabel: 'Trump 2.0',
      scopeLabel: 'Whole case',
      dateLabel: '1 December 2026',
      analyst: 'A. Analyst',
    });
    expect(brief.issues.map((i) => i.id)).toEqual(kase.issues.map((i) => i.id));
    const tariffs = brief.issues[0]!.rows.find((r) => r.dimensionId === 'tariffs')!;
    expect(tariffs.from.map((c) => c.id)).toEqual(['trump1-steel-aluminium-tariffs']);
    // Biden's claims are not in a Trump 1.0 → Trump 2.0 brief.
    const investment = brief.issues[0]!.rows.find((r) => r.dimensionId === 'investment')!;
    expect(investment.from).toEqual([]);
    expect(investment.verdict).toBeNull();
    const claim = tariffs.from[0]!;
    const source = kase.claims.find((c) => c.id === claim.id)!;
    expect(claim.quote).toBe(source.evidence.selector.exact);
    expect(claim.modalityLabel).toBe('Fact');
    expect(claim.citation.cites).toEqual([
      {
        sourceId: 'hughes-rsis',
        key: 'hughes-rsis',
        locator: source.evidence.locator,
        suffix: `, ${source.evidence.locator}`,
      },
    ]);
    expect(claim.citation.inText.text).toMatch(/^\(Hughes, n\.d\..*paragraph \d\)$/);
    expect(claim.citation.note).toBeNull();
    expect(claim.citation.pandoc).toBe(`[@hughes-rsis, ${source.evidence.locator}]`);
  });

  it('gives each row the verdict of this ordered pair with its rationale, and counts them', () => {
    const brief = buildBrief(input());
    const tariffs = brief.issues[0]!.rows.find((r) => r.dimensionId === 'tariffs')!;
    expect(tariffs.verdict).toEqual({
      kind: 'intensified',
      label: 'Intensified',
      rationale: 'Tariffs widened from steel to autos.',
    });
    expect(brief.summary.kinds).toEqual([{ kind: 'intensified', label: 'Intensified' }]);
    const trade = brief.summary.issues.find((r) => r.issueId === 'trade')!;
    expect(trade).toMatchObject({ judged: 1, notJudged: 3, rows: 4 });
    expect(brief.summary.total.rows).toBe(25);
    expect(brief.summary.total.judged).toBe(1);
  });

  it('expands claim links and formats citations of the note, flagging what the case lacks', () => {
    const note = [
      '# Reading',
      'Tariffs grew [[claim:trump1-steel-aluminium-tariffs]], as **Smith** argued [@smith2019, p. 9].',
      '',
      '- Unknown: [[claim:no-such-claim]] and [@nobody].',
    ].join('\n');
    const brief = buildBrief(input({ notes: new Map([['trade', note]]) }));
    const blocks = brief.issues[0]!.note;
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    const runs = inlinesOf(blocks);
    const claim = runs.find((r) => r.kind === 'claim');
    expect(claim?.kind === 'claim' && claim.claim.quote).toContain('tariffs');
    const cite = runs.find((r) => r.kind === 'citation');
    expect(cite?.kind === 'citation' && cite.citation.inText.text).toBe('(Smith, 2019, p. 9)');
    expect(cite?.kind === 'citation' && cite.citation.pandoc).toBe('[@smith-2019, p. 9]');
    expect(runs).toContainEqual({ kind: 'text', text: 'Smith', strong: true });
    expect(runs).toContainEqual({
      kind: 'claim-unknown',
      claimId: 'no-such-claim',
      raw: '[[claim:no-such-claim]]',
    });
    expect(runs).toContainEqual({ kind: 'citation-unknown', raw: '[@nobody]', keys: ['nobody'] });
    expect(brief.warnings.map((w) => w.message)).toEqual([
      'The note links to a claim the case does not hold: no-such-claim.',
      'The note cites @nobody, which no source of the case answers to.',
    ]);
    // Cited in the note, so in the bibliography; with its journal, volume and pages.
    const smith = brief.bibliography.find((b) => b.sourceId === 'smith-2019');
    expect(smith?.entry.text).toContain('International Security, 43(2), 7–44');
    expect(smith?.csl.id).toBe('smith-2019');
  });

  it('lists only the sources cited, and a source nobody cites stays out', () => {
    const brief = buildBrief(input());
    expect(brief.bibliography.map((b) => b.sourceId)).toEqual(['hughes-rsis']);
  });

  it('writes the bibliography in the chosen style', () => {
    const notes = new Map([['trade', 'See [@smith2019].']]);
    const apa = buildBrief(input({ notes }, 'apa'));
    const chicago = buildBrief(input({ notes }, 'chicago-author-date'));
    const entry = (b: typeof apa): string =>
      b.bibliography.find((e) => e.sourceId === 'smith-2019')!.entry.text;
    expect(entry(apa)).toContain('Smith, J. (2019).');
    expect(entry(chicago)).toContain('Smith, Jane. 2019.');
  });

  it('gives footnote text for a note style', () => {
    const brief = buildBrief(input({}, 'chicago-notes-bibliography'));
    expect(brief.style.placement).toBe('note');
    const claim = brief.issues[0]!.rows[0]!.from[0]!;
    expect(claim.citation.note?.text).toContain('Hughes');
    expect(claim.citation.note).toEqual(claim.citation.inText);
    // The first note cites the commentary in full, every later one in its short form.
    const notes = brief.issues.flatMap((i) =>
      i.rows.flatMap((r) => [...r.from, ...r.to].map((c) => c.citation.note!.text)),
    );
    expect(notes[0]).toMatch(/^Christopher W\. Hughes, Japan’s International Strategy .*RSIS/);
    expect(notes.length).toBeGreaterThan(50);
    for (const later of notes.slice(1)) {
      expect(later).toMatch(/^Hughes, Japan’s International Strategy/);
      expect(later).not.toContain('RSIS');
    }
  });

  it('takes drawn charts as numbered figures and says when one cannot be drawn', () => {
    const noPoints = { ...kase.measures[0]!, id: 'empty-measure', points: [] };
    const charts = new Map([
      ['equipment-purchases', { svg: '<svg/>', width: 661, height: 300 }],
      ['host-nation-support', { failed: 'the plot did not lay out' }],
    ]);
    const brief = buildBrief(
      input({
        kase: { ...kase, measures: [...kase.measures, noPoints] },
        scope: { kind: 'issue', issueId: 'burden-sharing' },
        charts,
      }),
    );
    const figures = brief.issues[0]!.figures;
    expect(figures[0]).toMatchObject({
      kind: 'chart',
      number: 1,
      svg: '<svg/>',
      fileName: 'figure-1-equipment-purchases.svg',
    });
    expect(figures[0]!.kind === 'chart' && figures[0]!.altText).toMatch(/:/);
    expect(figures[1]).toMatchObject({
      kind: 'not-drawn',
      reason: 'Cannot be drawn: the plot did not lay out.',
    });
    const empty = figures.find((f) => f.measureId === 'empty-measure');
    expect(empty).toMatchObject({ kind: 'not-drawn' });
    expect(empty?.kind === 'not-drawn' && empty.reason).toMatch(
      /^Cannot be drawn: the sources give no points/,
    );
    expect(brief.title.scopeLabel).toBe('Burden-sharing');
  });

  it('refuses an issue area or a period the case does not have, by name', () => {
    expect(() =>
      buildBrief(input({ scope: { kind: 'issues', issueIds: ['trade', 'nope'] } })),
    ).toThrow("the case has no issue area 'nope'");
    expect(() => buildBrief(input({ pair: { from: 'trump1', to: 'obama' } }))).toThrow(
      "the case has no period 'obama'",
    );
  });
});

describe('pandocText', () => {
  it('keeps brackets, at-signs and semicolons of a locator from ending the citation', () => {
    expect(pandocText([{ sourceId: 'a', key: 'a', locator: 'x', suffix: ', [draft]; @ref' }])).toBe(
      '[@a, \\[draft\\], \\@ref]',
    );
    expect(
      pandocText([
        { sourceId: 'a', key: 'a', locator: '3', label: 'page' },
        { sourceId: 'b', key: 'b', prefix: 'see', suppressAuthor: true },
      ]),
    ).toBe('[@a, p. 3; see -@b]');
  });
});
