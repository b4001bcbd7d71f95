import { describe, expect, test } from 'vitest';
import type { Claim, Source } from '../case/schema';
import { shippedCase as shipped } from '../case/testing/shippedCase';
import { queryWords, rankClaims, rankSources } from './noteCompletions';

/** The case's first claim, given another id, statement and quote. */
function claimSaying(id: string, statement: string, quote: string): Claim {
  const first = shipped.claims[0]!;
  return {
    ...first,
    id,
    statement,
    evidence: { ...first.evidence, selector: { type: 'TextQuoteSelector', exact: quote } },
  };
}

describe('claims offered after [[', () => {
  test('a word found only in a quote finds its claim, with period and short citation', () => {
    const [hit, ...rest] = rankClaims(shipped, 'alacrity');
    expect(rest).toEqual([]);
    expect(hit?.id).toBe('japan-engaged-early-extracted-assurances');
    expect(hit?.quote.toLowerCase()).toContain('alacrity');
    expect(hit?.detail).toMatch(/^Trump 2\.0 · Hughes, /);
  });

  test('every word must match, in the statement or the quote', () => {
    const both = rankClaims(shipped, 'steel tariffs');
    expect(both.length).toBeGreaterThan(0);
    for (const option of both) {
      const text = `${option.statement} ${option.quote}`.toLowerCase();
      expect(text).toContain('steel');
      expect(text).toContain('tariff');
    }
    expect(rankClaims(shipped, 'steel zzzunknown')).toEqual([]);
  });

  test('a match in the statement ranks above one only in a quote, a word start above a middle', () => {
    const kase = {
      periods: shipped.periods,
      sources: shipped.sources,
      claims: [
        claimSaying('in-quote', 'Other', 'tariffs rose'),
        claimSaying('mid-word', 'Anti-subtariffs', 'x'),
        claimSaying('in-statement', 'Tariffs on cars', 'x'),
      ],
    };
    expect(rankClaims(kase, 'tariffs').map((o) => o.id)).toEqual([
      'in-statement',
      'in-quote',
      'mid-word',
    ]);
  });

  test('with nothing typed yet the first claims are offered, at most the limit', () => {
    expect(rankClaims(shipped, '', 5).map((o) => o.id)).toEqual(
      shipped.claims.slice(0, 5).map((c) => c.id),
    );
  });

  test('punctuation separates words', () => {
    expect(queryWords('Host-nation, support!')).toEqual(['host', 'nation', 'support']);
  });
});

describe('sources offered after [@', () => {
  const smith: Source = {
    id: 'smith-2019',
    type: 'article',
    authors: [{ family: 'Smith', given: 'Jane' }],
    title: 'Alliance Politics',
    date: { stated: '2019', inferred: false, note: '' },
  };
  const sources = [...shipped.sources, smith];

  test('found by key, author, year or title, showing author and year', () => {
    for (const query of ['smith', 'jane', '2019', 'alliance pol']) {
      expect(rankSources(sources, query).map((o) => o.key)).toEqual(['smith-2019']);
    }
    expect(rankSources(sources, 'hughes')).toEqual([
      {
        key: 'hughes-rsis',
        title: shipped.sources[0]!.title,
        detail: 'Hughes 2025',
      },
    ]);
  });

  test('with nothing typed every source is offered in the case order', () => {
    expect(rankSources(sources, '').map((o) => o.key)).toEqual(['hughes-rsis', 'smith-2019']);
  });
});
