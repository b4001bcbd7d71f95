import { describe, expect, it } from 'vitest';
import { searchTextOf } from './searchText';

describe('the search text', () => {
  it('collapses whitespace, drops invisible characters and maps offsets back', () => {
    const original = 'Host-\u00adnation\n\n  support\u00a0rose\u200b by 5%.';
    const search = searchTextOf(original);
    expect(search.text).toBe('Host-nation support rose by 5%.');
    const at = search.text.indexOf('support rose');
    const range = search.rangeToOriginal(at, at + 'support rose'.length);
    expect(original.slice(range.start, range.end)).toBe('support\u00a0rose');
    expect(search.toOriginal(search.text.length)).toBe(original.length);
  });

  it('maps every character of a long text with many breakpoints', () => {
    const original = Array.from(
      { length: 500 },
      (_, i) => `w${i}${' \n\t'.slice(0, 1 + (i % 3))}`,
    ).join('');
    const search = searchTextOf(original);
    for (let i = 0; i < search.text.length; i += 1) {
      const ch = search.text[i]!;
      const back = original[search.toOriginal(i)]!;
      expect(ch === ' ' ? /\s/.test(back) : back === ch).toBe(true);
    }
  });

  it('maps back across invisible characters and space runs at the start, inside and at the end', () => {
    const original = '\u200b\u00ad  Tokyo\u00ad\u200b \n\u00a0 paid\ufeff\ufeffmore \u200b\t';
    const search = searchTextOf(original);
    expect(search.text).toBe(' Tokyo paidmore ');
    for (const word of ['Tokyo', 'paid', 'more']) {
      const at = search.text.indexOf(word);
      const range = search.rangeToOriginal(at, at + word.length);
      expect(original.slice(range.start, range.end)).toBe(word);
    }
    expect(original[search.toOriginal(0)]).toBe(' ');
  });
});

/** The rule stated plainly, one character at a time: the oracle for the fast scan. */
function reference(original: string): { text: string; toOriginal: number[] } {
  const space = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
  const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
  let text = '';
  const toOriginal: number[] = [];
  let previousSpace = false;
  for (let i = 0; i < original.length; i += 1) {
    const ch = original[i]!;
    if (invisible.test(ch)) continue;
    if (space.test(ch)) {
      if (!previousSpace) {
        text += ' ';
        toOriginal.push(i);
      }
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    text += ch;
    toOriginal.push(i);
  }
  return { text, toOriginal };
}

describe('the fast scan of the search text', () => {
  it('agrees with the plain rule on random texts of words, spaces and invisibles', () => {
    const pieces = [
      'Tokyo',
      'paid',
      'x',
      ' ',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\ufeff',
      '\u3000',
      ' \u00ad ',
      '\r\n',
    ];
    let seed = 3;
    const random = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let round = 0; round < 300; round += 1) {
      const original = Array.from(
        { length: random(40) },
        () => pieces[random(pieces.length)]!,
      ).join('');
      const search = searchTextOf(original);
      const expected = reference(original);
      expect(search.text).toBe(expected.text);
      for (let i = 0; i < expected.text.length; i += 1) {
        expect(search.toOriginal(i)).toBe(expected.toOriginal[i]);
      }
    }
  });
});
