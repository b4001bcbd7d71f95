import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkQuotesAgainstSource } from './quoteCheck';
import { Case } from './schema';

const VALID = fileURLToPath(
  new URL('../../../test/fixtures/cases/valid/case.json', import.meta.url),
);

// The clean reading of a made-up source holding every quote of the valid fixture.
const TEXT =
  'Tariffs were imposed on steel by Dr. Smith and Gen. Jones in 2019. Tariffs may return ' +
  'soon. Purchases reached ¥700 billion, nearly ten times the level of 2009.';

function fixture(): Case {
  return Case.parse(JSON.parse(readFileSync(VALID, 'utf8')));
}

describe('checkQuotesAgainstSource', () => {
  it('accepts quotes that occur verbatim', () => {
    expect(checkQuotesAgainstSource(fixture(), 'f.json', 'src', TEXT)).toEqual([]);
  });

  it('reports a quote that does not occur', () => {
    const c = fixture();
    c.claims[1]!.evidence.selector.exact = 'Tariffs will return';
    expect(checkQuotesAgainstSource(c, 'f.json', 'src', TEXT)).toEqual([
      {
        file: 'f.json',
        path: '$.claims[1].evidence.selector.exact',
        message: `quote "Tariffs will return" does not occur verbatim in source 'src'`,
      },
    ]);
  });

  it('reports a prefix or suffix that does not touch the quote', () => {
    const c = fixture();
    c.claims[1]!.evidence.selector.prefix = 'in 2019 ';
    c.claims[1]!.evidence.selector.suffix = ' later.';
    expect(checkQuotesAgainstSource(c, 'f.json', 'src', TEXT).map((p) => p.path)).toEqual([
      '$.claims[1].evidence.selector.prefix',
      '$.claims[1].evidence.selector.suffix',
    ]);
  });

  it('reports a quote that occurs twice when nothing picks one', () => {
    const c = fixture();
    c.claims[1]!.evidence.selector.exact = 'Tariffs';
    const [problem] = checkQuotesAgainstSource(c, 'f.json', 'src', TEXT);
    expect(problem?.message).toBe(
      'the quote occurs 2 times; give a prefix or suffix that picks one',
    );
    c.claims[1]!.evidence.selector.suffix = ' may';
    expect(checkQuotesAgainstSource(c, 'f.json', 'src', TEXT)).toEqual([]);
  });

  it('checks only the quotes of the given source', () => {
    expect(checkQuotesAgainstSource(fixture(), 'f.json', 'other', '')).toEqual([]);
  });
});
