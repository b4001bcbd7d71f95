import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural';

describe('plural', () => {
  it.each([
    [0, '0 claims'],
    [1, '1 claim'],
    [2, '2 claims'],
    [1.5, '1.5 claims'],
    [1200, '1,200 claims'],
  ])('counts %d as "%s"', (n, text) => {
    expect(plural(n, 'claim', 'claims')).toBe(text);
  });

  it('picks irregular words as given', () => {
    expect(plural(1, 'row has', 'rows have')).toBe('1 row has');
    expect(plural(3, 'row has', 'rows have')).toBe('3 rows have');
    expect(pluralWord(1, 'match', 'matches')).toBe('match');
    expect(pluralWord(0, 'match', 'matches')).toBe('matches');
  });
});
