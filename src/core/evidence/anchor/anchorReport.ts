/**
 * The anchoring report of a document: every quote of its source in the merged case (claims,
 * stated points, derivations; built-in and the user's), each found exactly, found
 * approximately, or not found, with where it lies in the document's text.
 */
import type { TextQuoteSelector } from '../../case/schema';
import type { DocumentEntry } from '../../user/items';
import type { MergedCase } from '../../user/merge';
import { anchorIn, prepare, type Anchor } from './anchorQuote';

export interface QuoteRef {
  readonly kind: 'claim' | 'point' | 'derivation';
  readonly id: string;
  readonly measure?: string;
  readonly origin: 'builtIn' | 'user';
  readonly selector: TextQuoteSelector;
  readonly locator?: string;
}

export type AnchoredQuote = QuoteRef & {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  readonly score: number;
  readonly ambiguous: boolean;
};

export interface AnchorReport {
  readonly documentId: string;
  readonly source: string;
  readonly chars: number;
  readonly found: AnchoredQuote[];
  readonly approximate: AnchoredQuote[];
  readonly notFound: QuoteRef[];
}

/** Every quote in the merged case that cites `source`, in case order. */
export function quotesOfSource(merged: MergedCase, source: string): QuoteRef[] {
  const refs: QuoteRef[] = [];
  const origin = (user: boolean): QuoteRef['origin'] => (user ? 'user' : 'builtIn');
  const locator = (l: string | undefined) => (l === undefined ? {} : { locator: l });
  for (const claim of merged.case.claims) {
    if (claim.evidence.source !== source) continue;
    refs.push({
      kind: 'claim',
      id: claim.id,
      origin: origin(merged.origin.claims.has(claim.id)),
      selector: claim.evidence.selector,
      ...locator(claim.evidence.locator),
    });
  }
  for (const measure of merged.case.measures) {
    for (const point of measure.points) {
      const user = origin(merged.origin.points.has(point.id));
      if (point.evidence?.source === source) {
        refs.push({
          kind: 'point',
          id: point.id,
          measure: measure.id,
          origin: user,
          selector: point.evidence.selector,
          ...locator(point.evidence.locator),
        });
      }
      if (point.derived?.evidence.source === source) {
        refs.push({
          kind: 'derivation',
          id: point.id,
          measure: measure.id,
          origin: user,
          selector: point.derived.evidence.selector,
          ...locator(point.derived.evidence.locator),
        });
      }
    }
  }
  return refs;
}

/**
 * Anchors every quote of the document's source in its text. `pause` runs between quotes: the
 * services pass one that yields to the event loop, so a long document never blocks the app
 * for more than one quote's search.
 */
export async function buildAnchorReport(
  merged: MergedCase,
  document: DocumentEntry,
  text: string,
  pause: () => Promise<void> = async () => {},
): Promise<AnchorReport> {
  const refs = quotesOfSource(merged, document.source);
  const prepared = prepare(text);
  const anchors: Anchor[] = [];
  for (const ref of refs) {
    anchors.push(anchorIn(prepared, ref.selector));
    await pause();
  }
  const found: AnchoredQuote[] = [];
  const approximate: AnchoredQuote[] = [];
  const notFound: QuoteRef[] = [];
  refs.forEach((ref, i) => {
    const anchor: Anchor = anchors[i]!;
    switch (anchor.quality) {
      case 'exact':
      case 'approximate': {
        const { quality, ...where } = anchor;
        (quality === 'exact' ? found : approximate).push({ ...ref, ...where });
        break;
      }
      case 'notFound':
        notFound.push(ref);
        break;
    }
  });
  return {
    documentId: document.id,
    source: document.source,
    chars: text.length,
    found,
    approximate,
    notFound,
  };
}
