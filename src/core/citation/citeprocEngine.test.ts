import CSL, { type CiteprocEngine } from 'citeproc';
import { expect, it, vi } from 'vitest';
import { shippedCase as shipped } from '../case/testing/shippedCase';
import { bundledCslFiles } from './bundledCsl';
import { buildEngine } from './citeprocEngine';
import type { CitationStyle } from './citationStyles';
import type { CslItem } from './cslItem';
import { sourcesToCsl } from './sourceToCsl';
import { smithArticle } from './testing/smithArticle';

// Building each style twice, once the library's own slow way, takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 300_000 });

const items: CslItem[] = [
  ...sourcesToCsl(shipped.sources),
  smithArticle,
  {
    id: 'tanaka2021',
    type: 'book',
    title: 'The Alliance in Question',
    author: [{ family: 'Tanaka', given: 'Aki' }],
    publisher: 'University Press',
    issued: { 'date-parts': [[2021, 5]] },
  },
];

function everything(engine: CiteprocEngine): string[] {
  engine.updateItems(items.map((i) => String(i.id)));
  const out: string[] = [];
  for (const format of ['html', 'text'] as const) {
    engine.setOutputFormat(format);
    const bib = engine.makeBibliography();
    out.push(...(bib ? bib[1] : ['no bibliography']));
    out.push(
      engine.makeCitationCluster([{ id: 'smith2019', locator: '9' }, { id: 'hughes-rsis' }]),
    );
    out.push(engine.makeCitationCluster([{ id: 'tanaka2021', 'suppress-author': true }]));
  }
  return out;
}

it.each<CitationStyle>(['chicago-author-date', 'chicago-notes-bibliography', 'apa'])(
  'formats %s exactly as the library does when it looks macros up itself',
  (style) => {
    const files = bundledCslFiles(style, 'en-US');
    const byId = new Map(items.map((i) => [String(i.id), i]));
    const sys = { retrieveLocale: () => files.locale, retrieveItem: (id: string) => byId.get(id) };
    const own = everything(new CSL.Engine(sys, files.style, 'en-US', true));
    const indexed = everything(buildEngine(sys, files.style, 'en-US'));
    expect(indexed).toEqual(own);
    expect(indexed.join('\n')).toContain('Alliance Politics in East Asia');
  },
);
