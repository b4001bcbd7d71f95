import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../core/citation/cslItem';
import { readBibliography } from './readBibliography';
import { writeBibliography } from './writeBibliography';

const article: CslItem = {
  id: 'smith2019',
  type: 'article-journal',
  title: 'Alliance Politics in East Asia',
  author: [
    { family: 'Smith', given: 'Jane' },
    { family: 'Tanaka', given: 'Aki' },
  ],
  'container-title': 'International Security',
  volume: '43',
  issue: '2',
  page: '7-44',
  issued: { 'date-parts': [[2019, 9]] },
  DOI: '10.1162/isec_a_00001',
};
const book: CslItem = {
  id: 'green2021',
  type: 'book',
  title: 'The Alliance at a Crossroads',
  author: [{ family: 'Green', given: 'Michael J.' }],
  publisher: 'Brookings Institution Press',
  'publisher-place': 'Washington, DC',
  issued: { 'date-parts': [[2021]] },
  ISBN: '9780815739999',
};

const FIELDS = [
  'type',
  'title',
  'author',
  'container-title',
  'volume',
  'issue',
  'page',
  'DOI',
  'publisher',
  'publisher-place',
  'ISBN',
] as const;

function fieldsOf(item: CslItem | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (item?.[f] !== undefined) out[f] = item[f];
  out.year = item?.issued?.['date-parts']?.[0]?.[0];
  return out;
}

function roundTrip(format: 'bibtex' | 'ris', fileName: string): void {
  const first = writeBibliography([article, book], format);
  const read = readBibliography(fileName, first);
  if (!read.ok) throw new Error(read.message);
  expect(read.problems.filter((p) => p.skipped)).toEqual([]);
  const items = read.sources.map((s) => s.input.csl);
  expect(items.map(fieldsOf)).toEqual([fieldsOf(article), fieldsOf(book)]);
  // And once more: what Diptych wrote from an import reads back the same.
  const again = readBibliography(
    fileName,
    writeBibliography(
      items.map((i) => i!),
      format,
    ),
  );
  if (!again.ok) throw new Error(again.message);
  expect(again.sources.map((s) => fieldsOf(s.input.csl))).toEqual(items.map(fieldsOf));
}

describe('bibliography files', () => {
  it('BibTeX: export then import gives the same CSL fields', () => roundTrip('bibtex', 'refs.bib'));
  it('RIS: export then import gives the same CSL fields', () => roundTrip('ris', 'refs.ris'));

  it('BibTeX: a broken entry is named by line and key, the others come in', () => {
    const text = [
      '@string{is = {International Security}}',
      '@article{good1, title = {First}, journal = is, year = {2019}, volume = {4}}',
      '',
      '@book{broken,',
      '  title = {No closing brace,',
      '  year = {2020}',
      '@misc{notitle, year = {2020}}',
      '@book{good2, title = {Second}, publisher = {P}, year = {2021}}',
    ].join('\n');
    const read = readBibliography('refs.bib', text);
    if (!read.ok) throw new Error(read.message);
    expect(read.sources.map((s) => [s.path, s.input.title])).toEqual([
      ['line 2 (good1)', 'First'],
      ['line 8 (good2)', 'Second'],
    ]);
    expect(read.sources[0]!.input.csl).toMatchObject({
      'container-title': 'International Security',
      volume: '4',
    });
    expect(read.problems).toEqual([
      expect.objectContaining({
        path: 'line 4 (broken)',
        skipped: true,
        message: expect.stringMatching(/skipped$/),
      }),
      expect.objectContaining({ path: 'line 7 (notitle) title', skipped: true }),
    ]);
  });

  it('RIS: a record without a title is named by its line', () => {
    const text =
      'TY  - JOUR\nAU  - Smith, Jane\nPY  - 2019\nER  - \n\nTY  - BOOK\nTI  - A Book\nPY  - 2020\nER  - \n';
    const read = readBibliography('refs.ris', text);
    if (!read.ok) throw new Error(read.message);
    expect(read.sources.map((s) => [s.path, s.input.title])).toEqual([['line 6', 'A Book']]);
    expect(read.problems).toEqual([
      expect.objectContaining({ path: 'line 1 title', skipped: true }),
    ]);
  });

  it('refuses a file with no entries, saying what it expected', () => {
    expect(readBibliography('refs.bib', 'just text')).toEqual({
      ok: false,
      message: expect.stringContaining('no BibTeX entries'),
    });
  });
});
