import { describe, expect, it } from 'vitest';
import { claimMatchesSearch, findHits, highlightSegments, parseSearch } from './search';
import { claim, testCase } from './testCase';

const marked = (text: string, query: string): string =>
  highlightSegments(text, parseSearch(query))
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('parsing a query', () => {
  it('splits words, keeps quoted phrases, folds case and accents, drops repeats', () => {
    expect(parseSearch('  Tariffs  "host nation"  tariffs Shinzō ')).toEqual([
      'tariffs',
      'host nation',
      'shinzo',
    ]);
    expect(parseSearch('   ')).toEqual([]);
    expect(parseSearch('""')).toEqual([]);
  });
});

describe('matching claims', () => {
  const c = claim({
    id: 'x',
    period: 't1',
    statement: 'Abe Shinzō met Trump at Mar-a-Lago.',
    quote: 'The summit was cordial.',
  });

  it('matches every term in the statement or the quote', () => {
    expect(claimMatchesSearch(c, parseSearch('shinzo cordial'))).toBe(true);
    expect(claimMatchesSearch(c, parseSearch('SUMMIT'))).toBe(true);
    expect(claimMatchesSearch(c, parseSearch('shinzo tariff'))).toBe(false);
    expect(claimMatchesSearch(c, [])).toBe(false);
  });
});

describe('highlighting', () => {
  it('marks every occurrence, ignoring case', () => {
    expect(marked('Tariffs on tariffs.', 'tariffs')).toBe('[Tariffs] on [tariffs].');
  });

  it('marks the original characters when accents were folded', () => {
    expect(marked('Abe Shinzō and Kōno', 'shinzo kono')).toBe('Abe [Shinzō] and [Kōno]');
  });

  it('merges overlapping terms into one mark', () => {
    expect(marked('host-nation support', 'host host-nation nation sup')).toBe(
      '[host-nation] [sup]port',
    );
  });

  it('keeps text without hits whole', () => {
    expect(highlightSegments('nothing here', parseSearch('zzz'))).toEqual([
      { text: 'nothing here', hit: false },
    ]);
    expect(highlightSegments('nothing here', [])).toEqual([{ text: 'nothing here', hit: false }]);
  });

  it('never loses or duplicates a character', () => {
    const text = 'Ünïcödé — “quotes” & emoji 🇯🇵 stay intact: ÜNÏ ünï';
    const joined = highlightSegments(text, parseSearch('uni emoji'))
      .map((s) => s.text)
      .join('');
    expect(joined).toBe(text);
    expect(marked(text, 'uni')).toBe('[Ünï]cödé — “quotes” & emoji 🇯🇵 stay intact: [ÜNÏ] [ünï]');
  });
});

describe('finding hits across issue areas', () => {
  const kase = testCase([
    claim({ id: 'late', period: 't2', statement: 'Steel tariffs rise.' }),
    claim({ id: 'early', period: 't1', statement: 'Steel tariffs begin.' }),
    claim({ id: 'inv', dimension: 'investment', period: 't1', quote: 'Nippon Steel buys.' }),
    claim({ id: 'biden', period: 'biden', statement: 'Steel again.' }),
    claim({ id: 'nk', issue: 'nk', dimension: 'summits', period: 't2', statement: 'No steel.' }),
    claim({ id: 'miss', period: 't1', statement: 'Nothing.' }),
  ]);

  it('orders hits by issue, dimension, pane, then case order; skips periods not shown', () => {
    expect(findHits(kase, parseSearch('steel'), ['t1', 't2']).map((h) => h.claimId)).toEqual([
      'early',
      'late',
      'inv',
      'nk',
    ]);
    expect(findHits(kase, parseSearch('steel'), ['t2', 't1']).map((h) => h.claimId)).toEqual([
      'late',
      'early',
      'inv',
      'nk',
    ]);
  });

  it('tells where each hit is and respects a visibility test', () => {
    const hits = findHits(kase, parseSearch('steel'), ['t1', 'biden'], (c) => c.id !== 'inv');
    expect(hits).toEqual([
      { claimId: 'early', issue: 'trade', dimension: 'tariffs', period: 't1' },
      { claimId: 'biden', issue: 'trade', dimension: 'tariffs', period: 'biden' },
    ]);
    expect(findHits(kase, [], ['t1', 't2'])).toEqual([]);
  });
});
