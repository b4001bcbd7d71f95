/**
 * What the note editor offers after `[[` (claims) and `[@` (sources): matches of the typed words
 * in a claim's statement and quote, or a source's key, authors, year and title, best first.
 */
import type { Case, Claim, Source } from '../case/schema';
import { authorsShort, shortCitation } from '../compare/citation';

export interface ClaimOption {
  readonly id: string;
  readonly statement: string;
  readonly quote: string;
  /** "Trump 1.0 · Hughes, RSIS Commentary". */
  readonly detail: string;
}

export interface SourceOption {
  /** The key a citation uses: the source's id. */
  readonly key: string;
  readonly title: string;
  /** "Hughes 2025". */
  readonly detail: string;
}

/** The typed text as lower-case words; punctuation separates words. */
export function queryWords(query: string): readonly string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * How well one field holds a word: at the start of one of its words (3), inside a word (1), or
 * not at all (0).
 */
function wordScore(field: string, word: string): number {
  let at = field.indexOf(word);
  let best = 0;
  while (at >= 0 && best < 3) {
    best = Math.max(best, at === 0 || /[^\p{L}\p{N}]/u.test(field[at - 1]!) ? 3 : 1);
    at = field.indexOf(word, at + 1);
  }
  return best;
}

/** Every word must be found in some field; the statement counts double the quote. */
function score(fields: readonly (readonly [string, number])[], words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    let best = 0;
    for (const [text, weight] of fields) best = Math.max(best, wordScore(text, word) * weight);
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

interface Ranked<T> {
  readonly item: T;
  readonly score: number;
  readonly order: number;
}

/** The best `limit` items, ties kept in the case's order. */
function best<T>(ranked: Ranked<T>[], limit: number): T[] {
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.item);
}

// Lower-cased once per list of claims, not once per keystroke: a case may hold 10,000 claims.
const claimFields = new WeakMap<readonly Claim[], readonly (readonly [string, string])[]>();

function fieldsOf(claims: readonly Claim[]): readonly (readonly [string, string])[] {
  let fields = claimFields.get(claims);
  if (!fields) {
    fields = claims.map((c) => [
      c.statement.toLowerCase(),
      c.evidence.selector.exact.toLowerCase(),
    ]);
    claimFields.set(claims, fields);
  }
  return fields;
}

/** The claims matching `query` in statement or quote, best first; with no words, the first ones. */
export function rankClaims(
  kase: Pick<Case, 'claims' | 'periods' | 'sources'>,
  query: string,
  limit = 40,
): ClaimOption[] {
  const words = queryWords(query);
  const fields = fieldsOf(kase.claims);
  const ranked: Ranked<Claim>[] = [];
  kase.claims.forEach((claim, order) => {
    const [statement, quote] = fields[order]!;
    const s =
      words.length === 0
        ? 1
        : score(
            [
              [statement, 2],
              [quote, 1],
            ],
            words,
          );
    if (s > 0) ranked.push({ item: claim, score: s, order });
  });
  const periods = new Map(kase.periods.map((p) => [p.id, p.label]));
  const sources = new Map(kase.sources.map((s) => [s.id, s]));
  return best(ranked, limit).map((claim) => {
    const source = sources.get(claim.evidence.source);
    const where = source ? shortCitation(source) : claim.evidence.source;
    return {
      id: claim.id,
      statement: claim.statement,
      quote: claim.evidence.selector.exact,
      detail: `${periods.get(claim.period) ?? claim.period} · ${where}`,
    };
  });
}

/** The year a source gives or is inferred to have, or "n.d.". */
export function sourceYear(source: Source): string {
  const date = source.date?.stated ?? source.date?.notBefore ?? source.date?.notAfter;
  return date ? date.slice(0, 4) : 'n.d.';
}

/** The sources matching `query` in key, authors, year or title, best first. */
export function rankSources(sources: readonly Source[], query: string, limit = 40): SourceOption[] {
  const words = queryWords(query);
  const ranked: Ranked<Source>[] = [];
  sources.forEach((source, order) => {
    const fields: [string, number][] = [
      [source.id.toLowerCase(), 2],
      [
        source.authors
          .map((a) => `${a.family} ${a.given ?? ''}`)
          .join(' ')
          .toLowerCase(),
        2,
      ],
      [sourceYear(source), 2],
      [source.title.toLowerCase(), 1],
    ];
    const s = words.length === 0 ? 1 : score(fields, words);
    if (s > 0) ranked.push({ item: source, score: s, order });
  });
  return best(ranked, limit).map((source) => {
    const who = authorsShort(source.authors);
    return {
      key: source.id,
      title: source.title,
      detail: `${who ? `${who} ` : ''}${sourceYear(source)}`,
    };
  });
}
