import { describe, expect, it } from 'vitest';
import { parsePandocCitation } from './pandocCitations';

describe('parsePandocCitation', () => {
  it('reads one key', () => {
    expect(parsePandocCitation('[@hughes-rsis] and more')).toEqual({
      raw: '[@hughes-rsis]',
      cites: [{ key: 'hughes-rsis' }],
    });
  });

  it('reads a locator with its label, and a bare number as a page', () => {
    expect(parsePandocCitation('[@smith2019, p. 3]')?.cites).toEqual([
      { key: 'smith2019', locator: '3', label: 'page' },
    ]);
    expect(parsePandocCitation('[@smith2019, 33-35]')?.cites).toEqual([
      { key: 'smith2019', locator: '33-35', label: 'page' },
    ]);
    expect(parsePandocCitation('[@smith2019, chap. 2, emphasis added]')?.cites).toEqual([
      { key: 'smith2019', locator: '2', label: 'chapter', suffix: ', emphasis added' },
    ]);
  });

  it('reads several cites with prefixes, suffixes and a suppressed author', () => {
    expect(parsePandocCitation('[see @a, pp. 1-2; also -@b:c.d the rest]')?.cites).toEqual([
      { key: 'a', prefix: 'see', locator: '1-2', label: 'page' },
      { key: 'b:c.d', prefix: 'also', suppressAuthor: true, suffix: 'the rest' },
    ]);
  });

  it('leaves the final punctuation out of a key', () => {
    expect(parsePandocCitation('[@smith.]')?.cites).toEqual([{ key: 'smith', suffix: '.' }]);
  });

  it('is not fooled by links, e-mail addresses or brackets without a key', () => {
    expect(parsePandocCitation('[@a](https://example.org)')).toBeUndefined();
    expect(parsePandocCitation('[write to me@example.org]')).toBeUndefined();
    expect(parsePandocCitation('[just text]')).toBeUndefined();
    expect(parsePandocCitation('[@a; no key here]')).toBeUndefined();
    expect(parsePandocCitation('[@a')).toBeUndefined();
    expect(parsePandocCitation('text [@a]')).toBeUndefined();
  });
});
