/**
 * What the tests of the brief and its formats build on: the compared pair, a journal article
 * beside the shipped commentary, a verdict, and a brief's input with every part given.
 */
import type { Case, Source } from '../../case/schema';
import { bundledCslFiles } from '../../citation/bundledCsl';
import type { CitationStyle } from '../../citation/citationStyles';
import { smithArticle } from '../../citation/testing/smithArticle';
import { emptyUserLayer, type UserLayer } from '../../user/schema';
import type { PeriodPair, VerdictEntry } from '../../user/verdict';
import type { BriefInput } from '../buildBrief';
import { shippedCase } from './shippedCase';

export const PAIR: PeriodPair = { from: 'trump1', to: 'trump2' };

/** A source imported with its CSL item, whose citation key differs from its id. */
export const JOURNAL_ARTICLE: Source = {
  id: 'smith-2019',
  type: 'article',
  authors: [{ family: 'Smith', given: 'Jane' }],
  title: 'Alliance Politics in East Asia',
  csl: { ...smithArticle, 'citation-key': 'smith2019' },
};

/** The shipped case with the journal article among its sources. */
export const CASE_WITH_ARTICLE: Case = {
  ...shippedCase,
  sources: [...shippedCase.sources, JOURNAL_ARTICLE],
};

/** A verdict on one row, for `pair` (Trump 1.0 → Trump 2.0 unless said). */
export function verdictOn(
  issue: string,
  dimension: string,
  verdict: VerdictEntry['verdict'],
  rationale: string,
  pair: PeriodPair = PAIR,
): VerdictEntry {
  return { issue, dimension, pair, verdict, rationale, updatedAt: '2026-01-01T00:00:00.000Z' };
}

/** A user layer of the case holding `verdicts`. */
export function layerOf(...verdicts: VerdictEntry[]): UserLayer {
  return { ...emptyUserLayer(CASE_WITH_ARTICLE.id), verdicts };
}

/** A whole-case brief's input in `style` (APA unless said), with `over` put in place. */
export function briefInput(
  over: Partial<BriefInput> = {},
  style: CitationStyle = 'apa',
): BriefInput {
  return {
    kase: CASE_WITH_ARTICLE,
    layer: layerOf(
      verdictOn('trade', 'tariffs', 'intensified', 'Tariffs widened from steel to autos.'),
    ),
    scope: { kind: 'case' },
    pair: PAIR,
    notes: new Map(),
    charts: new Map(),
    style,
    locale: 'en-US',
    files: bundledCslFiles(style, 'en-US'),
    analyst: 'A. Analyst',
    date: '2026-12-01',
    ...over,
  };
}
