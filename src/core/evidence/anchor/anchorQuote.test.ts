import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, TextQuoteSelector } from '../../case/schema';
import { listEvidence } from '../../case/listEvidence';
import { anchorQuote, anchorQuotes } from './anchorQuote';
import { approximateSearch } from './approximateSearch';
import { selectorFromRange } from './selectorFromRange';

const sel = (exact: string, prefix?: string, suffix?: string): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  ...(prefix === undefined ? {} : { prefix }),
  ...(suffix === undefined ? {} : { suffix }),
});

const DOC = [
  'SYNOPSIS',
  'Japan has been conducting proactive and high-level diplomacy with the US since the',
  'inauguration of the Trump 2.0 administration. The early signs for alliance continuity',
  'are mixed.',
  '',
  'COMMENTARY',
  'Tokyo raised its purchases of US defence equipment, rising by 2019 to a high of',
  '¥700 billion (US$4.65 billion) annually – nearly ten times the value of a decade earlier.',
].join('\n');

describe('anchoring a quote exactly', () => {
  it('finds a quote that runs across a line break, with offsets into the original text', () => {
    const exact =
      'proactive and high-level diplomacy with the US since the inauguration of the Trump 2.0 administration.';
    const anchor = anchorQuote(DOC, sel(exact));
    expect(anchor).toMatchObject({ quality: 'exact', errors: 0, ambiguous: false });
    if (anchor.quality === 'notFound') throw new Error('not found');
    expect(DOC.slice(anchor.start, anchor.end).replace(/\s+/g, ' ')).toBe(exact);
  });

  it('finds a quote moved to another place in a revised document', () => {
    const moved = `A new opening paragraph.\n\n${DOC.split('\n').reverse().join('\n')}`;
    const exact = 'nearly ten times the value of a decade earlier';
    const anchor = anchorQuote(moved, sel(exact, 'annually – ', '.'));
    expect(anchor.quality).toBe('exact');
    if (anchor.quality === 'notFound') return;
    expect(moved.slice(anchor.start, anchor.end)).toBe(exact);
  });

  it('tells two occurrences apart by prefix and suffix', () => {
    const text =
      'In 2017 the allies agreed to deepen cooperation. Years later, in 2025, the allies agreed to deepen cooperation again.';
    const second = anchorQuote(
      text,
      sel('the allies agreed to deepen cooperation', 'in 2025, ', ' again'),
    );
    const first = anchorQuote(
      text,
      sel('the allies agreed to deepen cooperation', 'In 2017 ', '.'),
    );
    expect(second).toMatchObject({ quality: 'exact', ambiguous: false });
    expect(first).toMatchObject({ quality: 'exact', ambiguous: false });
    if (second.quality === 'notFound' || first.quality === 'notFound') return;
    expect(second.start).toBe(text.lastIndexOf('the allies'));
    expect(first.start).toBe(text.indexOf('the allies'));
  });

  it('says when context cannot tell occurrences apart, and takes the first', () => {
    const text = 'tariffs rose. Then tariffs rose. Then tariffs rose.';
    const anchor = anchorQuote(text, sel('tariffs rose'));
    expect(anchor).toMatchObject({ quality: 'exact', ambiguous: true, start: 0 });
  });
});

describe('anchoring a quote approximately', () => {
  it('finds a slightly edited quote and reports its edits', () => {
    const edited = DOC.replace('high-level diplomacy', 'high level diplomacy').replace(
      'since the',
      'since  the',
    );
    const anchor = anchorQuote(
      edited,
      sel(
        'Japan has been conducting proactive and high-level diplomacy with the US since the inauguration',
      ),
    );
    expect(anchor).toMatchObject({ quality: 'approximate', errors: 1 });
    if (anchor.quality === 'notFound') return;
    expect(edited.slice(anchor.start, anchor.end)).toMatch(/^Japan has been[\s\S]*\sinauguration$/);
  });

  it('finds a quote with an edit in every quarter, where no quarter survives intact', () => {
    const text = `${'Unrelated filler. '.repeat(200)}The alliance managers met in Tokyo to review host-nation support.`;
    const quote = 'The aliance managers met in Tokio to reveiw host nation support.';
    const anchor = anchorQuote(text, sel(quote));
    // aliance (1), Tokio (1), reveiw (2: a transposition), host nation (1).
    expect(anchor).toMatchObject({ quality: 'approximate', errors: 5 });
    if (anchor.quality === 'notFound') return;
    expect(text.slice(anchor.start, anchor.end)).toBe(
      'The alliance managers met in Tokyo to review host-nation support.',
    );
  });

  it('prefers the approximate match whose context fits', () => {
    const text =
      'Tokyo promised a rise in defence spending. Critics said Tokyo promised a rise in defense spending too late.';
    const anchor = anchorQuote(
      text,
      sel('Tokyo promised a rise in defence spendin', 'Critics said ', ' too late'),
    );
    expect(anchor.quality).toBe('exact');
    const fuzzy = anchorQuote(
      text,
      sel('Tokyo promised a big rise in defence spending', 'Critics said ', ' too late'),
    );
    expect(fuzzy.quality).toBe('approximate');
    if (fuzzy.quality === 'notFound') return;
    expect(fuzzy.start).toBe(text.lastIndexOf('Tokyo'));
  });

  it('finds a rewritten quote between an intact prefix and suffix', () => {
    const text =
      'Before the talks, Washington demanded that Tokyo pay far more for the bases. After the talks, nothing changed.';
    const anchor = anchorQuote(
      text,
      sel(
        'Washington asked Japan to pay much more for US bases.',
        'Before the talks, ',
        ' After the talks, nothing',
      ),
    );
    expect(anchor.quality).toBe('approximate');
    if (anchor.quality === 'notFound') return;
    expect(text.slice(anchor.start, anchor.end)).toBe(
      'Washington demanded that Tokyo pay far more for the bases.',
    );
  });

  it('reports a quote that is not in the document', () => {
    expect(
      anchorQuote(DOC, sel('North Korea launched an intercontinental ballistic missile')),
    ).toEqual({
      quality: 'notFound',
    });
    expect(anchorQuote(DOC, sel('Korea'))).toEqual({ quality: 'notFound' });
  });

  it('does not take a short quote as found approximately without its context', () => {
    expect(anchorQuote('the tariff war', sel('tariffs'))).toEqual({ quality: 'notFound' });
  });
});

describe('the approximate search', () => {
  /** The fewest edits of a match of `p` ending at each position of `t` (Sellers). */
  function sellers(t: string, p: string): number[] {
    let column = Array.from({ length: p.length + 1 }, (_, i) => i);
    const out = [p.length];
    for (let j = 1; j <= t.length; j += 1) {
      const next = [0];
      for (let i = 1; i <= p.length; i += 1) {
        next[i] = Math.min(
          column[i]! + 1,
          next[i - 1]! + 1,
          column[i - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1),
        );
      }
      column = next;
      out.push(column[p.length]!);
    }
    return out;
  }

  it('agrees with the plain dynamic programme on random texts, patterns of 1–100 characters', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (n: number) =>
      Array.from({ length: n }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let round = 0; round < 200; round += 1) {
      const pattern = word(1 + Math.floor(random() * 100));
      const text = word(250);
      const maxErrors = Math.floor((random() * pattern.length) / 3);
      const truth = sellers(text, pattern);
      const best = Math.min(...truth.slice(1));
      const found = approximateSearch(text, pattern, maxErrors, 10_000);
      expect(found.length > 0).toBe(best <= maxErrors);
      for (const m of found) {
        expect(m.errors).toBe(truth[m.end]);
        expect(m.errors).toBeLessThanOrEqual(maxErrors);
      }
      if (found.length > 0) expect(Math.min(...found.map((m) => m.errors))).toBe(best);
    }
  });
});

describe('a selector from a selection', () => {
  it('takes the selection as exact, 32 characters of context either side, and anchors back', () => {
    const start = DOC.indexOf('rising by 2019');
    const end = DOC.indexOf('annually') + 'annually'.length;
    const made = selectorFromRange(DOC, start, end);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.selector.exact).toBe(
      'rising by 2019 to a high of ¥700 billion (US$4.65 billion) annually',
    );
    expect(made.selector.prefix).toHaveLength(32);
    expect(made.selector.prefix?.endsWith('equipment, ')).toBe(true);
    expect(made.selector.suffix?.startsWith(' – nearly')).toBe(true);
    expect(anchorQuote(DOC, made.selector)).toMatchObject({ quality: 'exact', start, end });
  });

  it('refuses an empty, blank or over-long selection', () => {
    expect(selectorFromRange(DOC, 5, 5).ok).toBe(false);
    expect(selectorFromRange('a    b', 1, 4)).toMatchObject({ ok: false, message: /only spaces/ });
    expect(selectorFromRange('x'.repeat(2000), 0, 1500)).toMatchObject({
      ok: false,
      message: /1000/,
    });
  });
});

describe('the shipped case', () => {
  const kase = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../../data/cases/japan-trump/case.json'), 'utf8'),
  ) as Case;
  const selectors = listEvidence(kase).map((e) => e.evidence.selector);
  // A document made only of the case's own quoted passages (the source text is not shipped),
  // wrapped at 70 columns, in reverse order: every selector must still anchor exactly.
  const passages = [
    ...new Set(selectors.map((s) => `${s.prefix ?? ''}${s.exact}${s.suffix ?? ''}`)),
  ].reverse();
  const wrapped = passages.map((p) => p.replace(/(.{1,70})(\s|$)/g, '$1\n')).join('\n\n');

  it('anchors every quote of the default case in a document that holds them', () => {
    expect(selectors.length).toBeGreaterThan(10);
    const anchors = anchorQuotes(wrapped, selectors);
    const missing = selectors.filter((_, i) => anchors[i]!.quality !== 'exact').map((s) => s.exact);
    expect(missing).toEqual([]);
  });
});
