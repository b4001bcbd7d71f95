/**
 * The citations of a brief: every one formatted by citeproc in the chosen style, written in
 * Pandoc's syntax beside it, and every cited source remembered for the bibliography.
 */
import type { Source } from '../case/schema';
import { sourcesByKey } from '../citation/citationLookup';
import {
  formatCitation,
  isNoteStyle,
  type CiteRef,
  type CslFiles,
  type Formatted,
} from '../citation/formatCitation';
import { sourceToCsl as cslOf } from '../citation/sourceToCsl';
import type { PandocCite } from '../markdown/pandocCitations';
import type { BriefCitation, BriefCite } from './briefModel';

/** Formats a brief's citations and records which sources they cite, in order of first use. */
export interface BriefCiter {
  readonly placement: 'in-text' | 'note';
  /** A claim's citation: its source, at the case's locator. */
  claim(sourceId: string, locator: string | undefined): BriefCitation;
  /** A note's `[@key…]`: undefined with the unknown keys when a key names no source. */
  pandoc(
    cites: readonly PandocCite[],
  ): { readonly citation: BriefCitation } | { readonly unknown: readonly string[] };
  /** Marks a source as cited without a citation of its own (a figure's source line). */
  use(sourceId: string): void;
  /** Every source cited so far, in order of first use. */
  cited(): readonly Source[];
}

export function briefCiter(sources: readonly Source[], files: CslFiles): BriefCiter {
  const byKey = sourcesByKey(sources);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const used = new Map<string, Source>();
  const placement = isNoteStyle(files) ? 'note' : 'in-text';
  const citedInNotes = new Set<string>();

  // The same source at the same place is cited many times (a paragraph holds several claims);
  // citeproc's run is the brief's main cost, so each distinct citation is formatted once.
  const memo = new Map<string, Formatted>();
  const format = (cites: readonly BriefCite[]): BriefCitation => {
    const cited = cites.map((c) => byId.get(c.sourceId)!);
    // A note style cites a work in full once, then in its short form, as a reader expects.
    const refs = cites.map((c) => citeRef(c, placement === 'note' && citedInNotes.has(c.sourceId)));
    for (const s of cited) {
      used.set(s.id, s);
      citedInNotes.add(s.id);
    }
    const key = JSON.stringify(refs);
    const formatted = memo.get(key) ?? formatCitation([...new Set(cited)].map(cslOf), refs, files);
    memo.set(key, formatted);
    return {
      cites,
      pandoc: pandocText(cites),
      inText: formatted,
      note: placement === 'note' ? formatted : null,
    };
  };

  return {
    placement,
    claim(sourceId, locator) {
      if (!byId.has(sourceId)) throw new Error(`no source with the id '${sourceId}'`);
      return format([
        { sourceId, key: sourceId, ...(locator ? { locator, suffix: `, ${locator}` } : {}) },
      ]);
    },
    pandoc(cites) {
      const unknown = cites.map((c) => c.key).filter((k) => !byKey.has(k));
      if (unknown.length > 0) return { unknown: [...new Set(unknown)] };
      return {
        citation: format(
          cites.map((c): BriefCite => {
            const source = byKey.get(c.key)!;
            return {
              sourceId: source.id,
              key: source.id,
              ...(c.locator === undefined ? {} : { locator: c.locator }),
              ...(c.label === undefined ? {} : { label: c.label }),
              ...(c.prefix === undefined ? {} : { prefix: c.prefix }),
              ...(c.suffix === undefined ? {} : { suffix: c.suffix }),
              ...(c.suppressAuthor ? { suppressAuthor: true } : {}),
            };
          }),
        ),
      };
    },
    use(sourceId) {
      const source = byId.get(sourceId);
      if (source) used.set(source.id, source);
    },
    cited: () => [...used.values()],
  };
}

function citeRef(c: BriefCite, subsequent: boolean): CiteRef {
  // A locator with a CSL label is CSL's; the case's free-worded locators ride as a suffix.
  const locator = c.label !== undefined && c.locator !== undefined;
  return {
    id: c.sourceId,
    ...(locator ? { locator: c.locator!, label: c.label! } : {}),
    ...(c.prefix === undefined ? {} : { prefix: `${c.prefix} ` }),
    ...(c.suppressAuthor ? { suppressAuthor: true } : {}),
    ...(subsequent ? { subsequent: true } : {}),
    ...(c.suffix === undefined
      ? {}
      : { suffix: c.suffix.startsWith(',') ? c.suffix : ` ${c.suffix}` }),
  };
}

const PANDOC_LABELS: Readonly<Record<string, string>> = {
  page: 'p.',
  chapter: 'chap.',
  section: 'sec.',
  paragraph: 'para.',
  figure: 'fig.',
  volume: 'vol.',
  note: 'n.',
  line: 'l.',
  book: 'bk.',
};

/** Text Pandoc reads inside a citation as text: no brackets, `@` or `;` that would end it. */
function pandocSafe(text: string): string {
  return text.replace(/[[\]@;\\]/g, (c) => (c === ';' ? ',' : `\\${c}`));
}

/** `[see @a, p. 3; @b, A Bumpy Road Ahead?, paragraph 2]`. */
export function pandocText(cites: readonly BriefCite[]): string {
  const parts = cites.map((c) => {
    const prefix = c.prefix ? `${pandocSafe(c.prefix)} ` : '';
    const at = `${c.suppressAuthor ? '-' : ''}@${c.key}`;
    const locator =
      c.label !== undefined && c.locator !== undefined
        ? `, ${PANDOC_LABELS[c.label] ?? c.label} ${pandocSafe(c.locator)}`
        : '';
    const suffix = c.suffix ? pandocSafe(c.suffix.startsWith(',') ? c.suffix : ` ${c.suffix}`) : '';
    return `${prefix}${at}${locator}${suffix}`;
  });
  return `[${parts.join('; ')}]`;
}
