import { describe, expect, it } from 'vitest';
import { approximateSearch, encodeText } from './approximateSearch';
import { candidateRegions, filteredSearch, searchable } from './filteredSearch';

const WORDS = (
  'the alliance japan tokyo washington tariffs host nation support defence spending summit ' +
  'trade deal korea missile burden sharing pledge demands talks of and to in a by'
).split(' ');

function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const OTHER_WORDS = (
  'budget parliament election coalition minister energy climate grain shipping port rail ' +
  'court ruling census harvest bond yield pension reform'
).split(' ');

function prose(random: () => number, words: number, from = WORDS): string {
  return Array.from({ length: words }, () => from[Math.floor(random() * from.length)]).join(' ');
}

/** A copy of `text` with `edits` random substitutions, insertions and deletions. */
function mutate(random: () => number, text: string, edits: number): string {
  let out = text;
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(random() * out.length);
    const kind = Math.floor(random() * 3);
    const c = 'abcdefghijklmnopqrstuvwxyz '[Math.floor(random() * 27)]!;
    out =
      kind === 0
        ? out.slice(0, at) + c + out.slice(at + 1)
        : kind === 1
          ? out.slice(0, at) + c + out.slice(at)
          : out.slice(0, at) + out.slice(at + 1);
  }
  return out;
}

describe('the q-gram filter before the approximate search', () => {
  it('finds exactly what the unfiltered search finds, on texts holding edited copies', () => {
    const random = generator(11);
    let filteredSomething = 0;
    for (let round = 0; round < 150; round += 1) {
      const pattern = prose(random, 4 + Math.floor(random() * 20));
      const maxErrors = Math.floor(pattern.length * random() * 0.3);
      const parts: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        parts.push(prose(random, 30 + Math.floor(random() * 200)));
        if (random() < 0.5)
          parts.push(mutate(random, pattern, Math.floor(random() * maxErrors * 1.5)));
      }
      const text = parts.join(' ');
      const encoded = encodeText(text);
      const target = searchable(text);
      const regions = candidateRegions(target, pattern, maxErrors);
      if (regions && regions.reduce((s, [a, b]) => s + b - a, 0) < encoded.ids.length / 2) {
        filteredSomething += 1;
      }
      expect(filteredSearch(target, pattern, maxErrors, 10_000)).toEqual(
        approximateSearch(encoded, pattern, maxErrors, 10_000),
      );
      expect(filteredSearch(target, pattern, maxErrors)).toEqual(
        approximateSearch(encoded, pattern, maxErrors),
      );
    }
    // The comparison means something only if the filter did leave text out.
    expect(filteredSomething).toBeGreaterThan(50);
  });

  it('keeps every window that holds a match within the allowed edits', () => {
    const random = generator(5);
    const pattern = 'host nation support talks may bring harsher demands';
    const maxErrors = 12;
    const copy = mutate(random, pattern, 12);
    const text = `${prose(random, 3000, OTHER_WORDS)} ${copy} ${prose(random, 3000, OTHER_WORDS)}`;
    const at = text.indexOf(copy);
    const regions = candidateRegions(searchable(text), pattern, maxErrors) ?? [];
    expect(regions.some(([from, to]) => from <= at && at + copy.length <= to)).toBe(true);
    expect(regions.reduce((s, [a, b]) => s + b - a, 0)).toBeLessThan(text.length / 10);
  });

  it('cannot rule anything out when the allowed edits could touch every q-gram', () => {
    expect(candidateRegions(searchable('the tariff war'), 'tariffs!', 2)).toBeUndefined();
  });
});
