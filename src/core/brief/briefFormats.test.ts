import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { bundledCslFiles } from '../citation/bundledCsl';
import { parsePandocCitation } from '../markdown/pandocCitations';
import { briefHtml } from './briefHtml';
import { briefMarkdownZip } from './briefMarkdown';
import { buildBrief, type BriefInput } from './buildBrief';
import { briefInput, layerOf, verdictOn } from './testing/briefFixtures';
import { shippedCase } from './testing/shippedCase';

vi.setConfig({ testTimeout: 180_000 });

const hostile = [
  '<script>alert(1)</script> <img src=x onerror="alert(2)">',
  '[click](javascript:alert(3)) and [web](https://example.org/a?b=1)',
  'Quote: [[claim:trump1-steel-aluminium-tariffs]]; see [@hughes-rsis, p. 2] and [@nobody].',
].join('\n\n');

function input(style: 'apa' | 'chicago-notes-bibliography' = 'apa'): BriefInput {
  return briefInput(
    {
      kase: shippedCase,
      layer: layerOf(
        verdictOn('trade', 'tariffs', 'intensified', 'Widened <b onclick="x()">to autos</b>.'),
      ),
      notes: new Map([['trade', hostile]]),
      charts: new Map([
        [
          'equipment-purchases',
          {
            svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Equipment</title></svg>',
            width: 10,
            height: 10,
          },
        ],
      ]),
      analyst: undefined,
    },
    style,
  );
}

describe('briefHtml', () => {
  it('writes no script, no handler and no javascript: URL, whatever the note holds', () => {
    const html = briefHtml(buildBrief(input()));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/(src|href)="(?!#|https:\/\/example\.org)/);
    // What the analyst typed is shown as text.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://example.org/a?b=1">web</a>');
    expect(html).toContain('Widened &lt;b onclick=&quot;x()&quot;&gt;to autos&lt;/b&gt;.');
  });

  it('holds the side-by-side, the verdict and rationale, the figure inline and the bibliography', () => {
    const html = briefHtml(buildBrief(input()));
    const quote = shippedCase.claims.find((c) => c.id === 'trump1-steel-aluminium-tariffs')!
      .evidence.selector.exact;
    expect(html).toContain(`“${quote.replace(/'/g, '&#39;').replace(/"/g, '&quot;')}”`);
    expect(html).toContain('<p class="verdict-kind">Intensified</p>');
    expect(html.match(/<table class="brief-sbs">/g)).toHaveLength(shippedCase.issues.length);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10"');
    expect(html).not.toContain('<?xml');
    expect(html).toMatch(/<h2>References<\/h2><ul><li id="source-hughes-rsis">Hughes, C\. W\./);
    expect(html).toContain('(unknown source)');
    expect(html).toContain('@page');
    expect(html).toContain('break-before: page');
    expect(html).toContain('display: table-header-group');
  });

  it('puts a note style’s citations in numbered notes', () => {
    const html = briefHtml(buildBrief(input('chicago-notes-bibliography')));
    expect(html).toContain('<sup class="note-ref"><a href="#note-1" id="ref-1">1</a></sup>');
    expect(html).toMatch(
      /<section class="brief-endnotes"><h2>Notes<\/h2><ol><li id="note-1">Christopher W\. Hughes/,
    );
    expect(html).toContain('<h2>Bibliography</h2>');
  });
});

describe('briefMarkdownZip', () => {
  it('cites only keys sources.json holds, and ships the style and the figures', () => {
    const zip = unzipSync(
      briefMarkdownZip(buildBrief(input()), bundledCslFiles('apa', 'en-US').style),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'brief.md',
      'figures/figure-1-equipment-purchases.svg',
      'sources.json',
      'style.csl',
    ]);
    const md = strFromU8(zip['brief.md']!);
    const ids = new Set(
      (JSON.parse(strFromU8(zip['sources.json']!)) as { id: string }[]).map((i) => i.id),
    );
    const keys = [...md.matchAll(/(?<!\\)\[[^\]\n]*@[^\]\n]*\]/g)].flatMap(
      (m) => parsePandocCitation(m[0])?.cites.map((c) => c.key) ?? [],
    );
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !ids.has(k))).toEqual([]);
    // The unknown key is kept as typed and escaped, so Pandoc does not look it up.
    expect(md).toContain('\\[\\@nobody\\] (unknown source)');
    expect(md).toContain('bibliography: sources.json');
    expect(md).toContain('![Figure 1. ');
    expect(md).toContain('(figures/figure-1-equipment-purchases.svg)');
    expect(md).toContain('| **US tariffs and bilateral trade frictions** |');
    expect(md).toContain('**Intensified**: Widened \\<b onclick="x()"\\>to autos\\</b\\>.');
    expect(md).not.toContain('javascript:');
  });
});
