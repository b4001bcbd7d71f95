/**
 * How a note's Pandoc citations find their sources and are formatted: a key is a source's id,
 * or the CSL id or citation key it was imported with (`smith2019` from a BibTeX file).
 */
import type { Source } from '../case/schema';
import type { CitationLookup } from '../markdown/citationExtension';
import type { CiteRef, Formatted } from './formatCitation';
import type { CslItem } from './cslItem';
import { sourceToCsl } from './sourceToCsl';

/** Formats one citation of `items` in the chosen style (formatCitation with its files bound). */
export type CiteFormatter = (items: readonly CslItem[], cites: readonly CiteRef[]) => Formatted;

/** Every key a source answers to, first come first served when two sources share one. */
export function sourcesByKey(sources: readonly Source[]): ReadonlyMap<string, Source> {
  const byKey = new Map<string, Source>();
  for (const s of sources) byKey.set(s.id, s);
  for (const s of sources) {
    for (const key of [s.csl?.['citation-key'], s.csl?.id]) {
      if (key !== undefined && !byKey.has(String(key))) byKey.set(String(key), s);
    }
  }
  return byKey;
}

/** The preview's lookup; without a formatter (the style still loading) known keys are pending. */
export function citationLookupFor(
  sources: readonly Source[],
  format: CiteFormatter | undefined,
): CitationLookup {
  const byKey = sourcesByKey(sources);
  return (cites) => {
    const missing = cites.map((c) => c.key).filter((k) => !byKey.has(k));
    if (missing.length > 0) return { kind: 'missing', keys: [...new Set(missing)] };
    if (!format) return { kind: 'pending' };
    const used = [...new Set(cites.map((c) => byKey.get(c.key)!))];
    const refs: CiteRef[] = cites.map((c) => ({
      id: byKey.get(c.key)!.id,
      ...(c.locator === undefined ? {} : { locator: c.locator }),
      ...(c.label === undefined ? {} : { label: c.label }),
      ...(c.prefix === undefined ? {} : { prefix: `${c.prefix} ` }),
      ...(c.suppressAuthor ? { suppressAuthor: true } : {}),
      ...(c.suffix === undefined
        ? {}
        : { suffix: c.suffix.startsWith(',') ? c.suffix : ` ${c.suffix}` }),
    }));
    const formatted = format(used.map(sourceToCsl), refs);
    return { kind: 'formatted', html: formatted.html, title: used.map((s) => s.title).join('; ') };
  };
}
