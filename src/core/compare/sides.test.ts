import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Case } from '../case/schema';
import { rowSides, sidesOfRows, sidesText, verdictVocabulary } from './sides';
import { claim, testCase } from './testCase';

const shipped = Case.parse(
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../data/cases/japan-trump/case.json', import.meta.url)),
      'utf8',
    ),
  ),
);
const T12 = { from: 'trump1', to: 'trump2' };

describe('the sides of a row for a pair', () => {
  const kase = testCase([
    claim({ id: 'a', period: 't1' }),
    claim({ id: 'b', period: 't2' }),
    claim({ id: 'c', dimension: 'investment', period: 't2' }),
    claim({ id: 'd', issue: 'nk', dimension: 'summits', period: 'biden' }),
  ]);
  const pair = { from: 't1', to: 't2' };

  it('tells rows with claims on both sides from one-sided ones', () => {
    expect(rowSides(kase, 'trade', 'tariffs', pair)).toBe('both');
    expect(rowSides(kase, 'trade', 'investment', pair)).toBe('to-only');
    expect(rowSides(kase, 'trade', 'investment', { from: 't2', to: 't1' })).toBe('from-only');
    expect(rowSides(kase, 'nk', 'summits', pair)).toBe('neither');
    expect(rowSides(kase, 'nk', 'summits', { from: 'biden', to: 't2' })).toBe('from-only');
    expect(sidesOfRows(kase, pair)).toEqual([
      { issue: 'trade', dimension: 'tariffs', sides: 'both' },
      { issue: 'trade', dimension: 'investment', sides: 'to-only' },
      { issue: 'nk', dimension: 'summits', sides: 'neither' },
    ]);
    expect(sidesOfRows(kase, pair, 'nk')).toHaveLength(1);
  });

  it('says which side has claims, in the case’s words', () => {
    const labels = new Map(kase.periods.map((p) => [p.id, p.label]));
    expect(sidesText('to-only', pair, labels)).toBe('only Trump 2.0 has claims');
    expect(sidesText('from-only', pair, labels)).toBe('only Trump 1.0 has claims');
    expect(sidesText('both', pair, labels)).toBeUndefined();
  });

  it('finds 19 of the 25 shipped rows one-sided for Trump 1.0 → Trump 2.0', () => {
    const rows = sidesOfRows(shipped, T12);
    expect(rows).toHaveLength(25);
    const oneSided = rows.filter((r) => r.sides === 'from-only' || r.sides === 'to-only');
    expect(oneSided).toHaveLength(19);
  });

  it('offers "new" where only the later side has claims and "dropped" where only the earlier', () => {
    expect(verdictVocabulary('to-only')).toContain('new');
    expect(verdictVocabulary('to-only')).not.toContain('dropped');
    expect(verdictVocabulary('from-only')).toContain('dropped');
    expect(verdictVocabulary('from-only')).not.toContain('new');
    expect(verdictVocabulary('to-only')).toContain('no-counterpart');
    expect(verdictVocabulary('both')).not.toContain('no-counterpart');
    expect(verdictVocabulary('both')).toContain('intensified');
  });
});
