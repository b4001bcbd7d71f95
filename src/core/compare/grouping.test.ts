import { describe, expect, it } from 'vitest';
import { indexCase } from './caseIndex';
import { EMPTY_FILTER } from './filters';
import { countByIssue, groupIssue } from './grouping';
import { NO_NARROWING } from './narrowing';
import { parseSearch } from './search';
import { claim, testCase } from './testCase';

const kase = testCase([
  claim({ id: 'a', period: 't1', modality: 'fact', actors: ['Japan'] }),
  claim({ id: 'b', period: 't2', modality: 'expectation', actors: ['China'] }),
  claim({ id: 'c', period: 't2', modality: 'fact', tags: ['steel'] }),
  claim({ id: 'd', dimension: 'investment', period: 'biden' }),
  claim({ id: 'e', issue: 'nk', dimension: 'summits', period: 't1', statement: 'Kim met Trump.' }),
]);

const ids = (cells: readonly (readonly { id: string }[])[]): string[][] =>
  cells.map((cell) => cell.map((c) => c.id));

describe('grouping an issue area', () => {
  it('gives one row per dimension and one cell per period, in pane order', () => {
    const rows = groupIssue(kase, 'trade', ['t1', 't2']);
    expect(rows.map((r) => r.dimension.id)).toEqual(['tariffs', 'investment']);
    expect(ids(rows[0]!.cells)).toEqual([['a'], ['b', 'c']]);
    expect(ids(rows[1]!.cells)).toEqual([[], []]);
    expect(ids(groupIssue(kase, 'trade', ['t2', 'biden', 't1'])[1]!.cells)).toEqual([
      [],
      ['d'],
      [],
    ]);
  });

  it('returns the same rows for the same question (memoised)', () => {
    const first = groupIssue(kase, 'trade', ['t1', 't2']);
    expect(groupIssue(kase, 'trade', ['t1', 't2'])).toBe(first);
    expect(groupIssue(kase, 'trade', ['t2', 't1'])).not.toBe(first);
    expect(indexCase(kase)).toBe(indexCase(kase));
  });

  it('narrows by filter and counts what it hides', () => {
    const narrowing = {
      ...NO_NARROWING,
      filter: { ...EMPTY_FILTER, modalities: ['fact' as const] },
    };
    const rows = groupIssue(kase, 'trade', ['t1', 't2'], narrowing);
    expect(ids(rows[0]!.cells)).toEqual([['a'], ['c']]);
    expect(rows[0]!.hidden).toBe(1);
  });

  it('narrows to search matches only when asked', () => {
    const terms = parseSearch('quote c');
    expect(
      ids(groupIssue(kase, 'trade', ['t1', 't2'], { ...NO_NARROWING, terms })[0]!.cells),
    ).toEqual([['a'], ['b', 'c']]);
    const only = { ...NO_NARROWING, terms, onlyMatches: true };
    expect(ids(groupIssue(kase, 'trade', ['t1', 't2'], only)[0]!.cells)).toEqual([[], ['c']]);
  });

  it('is empty for an unknown issue', () => {
    expect(groupIssue(kase, 'nope', ['t1', 't2'])).toEqual([]);
  });

  it('counts claims per issue and compared period', () => {
    const counts = countByIssue(kase, ['t1', 't2']);
    expect(counts.get('trade')).toEqual([1, 2]);
    expect(counts.get('nk')).toEqual([1, 0]);
    const filtered = countByIssue(kase, ['t1', 't2'], {
      ...NO_NARROWING,
      filter: { ...EMPTY_FILTER, actors: ['China'] },
    });
    expect(filtered.get('trade')).toEqual([0, 1]);
  });
});
