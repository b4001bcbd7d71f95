/**
 * Citations and bibliographies through citeproc-js, from CSL-JSON items and the XML of a style
 * and a locale (passed in: core reads no files). An engine is built once per style and locale
 * and reused, since parsing a style's XML costs far more than formatting an entry.
 */
import type { CiteprocEngine } from 'citeproc';
import { buildEngine } from './citeprocEngine';
import { cslText, cslTextOfHtml, sanitizeCslHtml } from './citationHtml';
import type { CslItem } from './cslItem';

/** The XML of one CSL style and one locale, with the locale's language tag (`en-US`). */
export interface CslFiles {
  readonly style: string;
  readonly locale: string;
  readonly lang: string;
}

/** One formatted citation or bibliography entry: plain text, and HTML safe to insert. */
export interface Formatted {
  readonly text: string;
  readonly html: string;
}

/** One cited work in a citation, as Pandoc's `[see @key, p. 3]` gives it. */
export interface CiteRef {
  readonly id: string;
  readonly locator?: string;
  /** A CSL locator label (`page`, `chapter`…); CSL assumes `page` when absent. */
  readonly label?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly suppressAuthor?: boolean;
  /** The work was cited before in the document: a note style gives its short form. */
  readonly subsequent?: boolean;
}

/** citeproc's `CSL.POSITION_SUBSEQUENT`, for a cite given its position by the caller. */
const POSITION_SUBSEQUENT = 1;

interface Prepared {
  readonly engine: CiteprocEngine;
  readonly items: Map<string, CslItem>;
  /** Each registered item as JSON: citeproc keeps the first version of an id it saw. */
  readonly seen: Map<string, string>;
  /** The ids the engine holds, in order, as last registered. */
  readonly registered: { value: string | undefined };
}

const engines = new Map<string, Prepared>();
const MAX_ENGINES = 8;

function prepare(files: CslFiles, items: readonly CslItem[]): Prepared {
  const key = `${files.lang}\u0000${files.locale.length}\u0000${files.style}`;
  let prepared = engines.get(key);
  if (prepared && items.some((i) => changed(prepared!, i))) forget(prepared);
  if (!prepared) {
    const store = new Map<string, CslItem>();
    const engine = buildEngine(
      { retrieveLocale: () => files.locale, retrieveItem: (id) => store.get(id) },
      files.style,
      files.lang,
    );
    prepared = { engine, items: store, seen: new Map(), registered: { value: undefined } };
    engines.delete(key);
    if (engines.size >= MAX_ENGINES) engines.delete(engines.keys().next().value!);
    engines.set(key, prepared);
  }
  prepared.items.clear();
  for (const item of items) {
    prepared.items.set(String(item.id), item);
    prepared.seen.set(String(item.id), JSON.stringify(item));
  }
  const ids = items.map((i) => String(i.id));
  // Registering items sorts them by the style's bibliography keys: skip it when nothing changed,
  // as when a brief cites one source for each of a hundred claims.
  const registered = ids.join('\u0000');
  if (registered !== prepared.registered.value) {
    prepared.engine.updateItems(ids);
    prepared.registered.value = registered;
  }
  return prepared;
}

/**
 * Makes the engine read every item afresh: citeproc keeps the first version of an id it loaded,
 * and rebuilding the engine for an edited source would cost seconds, where this costs nothing.
 */
function forget(prepared: Prepared): void {
  prepared.engine.updateItems([]);
  prepared.engine.tmp.loadedItemIDs = {};
  prepared.seen.clear();
  prepared.registered.value = undefined;
}

function changed(prepared: Prepared, item: CslItem): boolean {
  const before = prepared.seen.get(String(item.id));
  return before !== undefined && before !== JSON.stringify(item);
}

/** Whether the style is note-based (its citations are footnotes) rather than in-text. */
export function isNoteStyle(files: CslFiles): boolean {
  return prepare(files, []).engine.opt.xclass === 'note';
}

/** One citation of one or more of `items` (every `cites` id must be among them). */
export function formatCitation(
  items: readonly CslItem[],
  cites: readonly CiteRef[],
  files: CslFiles,
): Formatted {
  const known = new Set(items.map((i) => String(i.id)));
  const missing = cites.find((c) => !known.has(c.id));
  if (missing) throw new Error(`no item with the id '${missing.id}' to cite`);
  const { engine } = prepare(files, items);
  const cluster = cites.map(({ suppressAuthor, subsequent, ...c }) => ({
    ...c,
    ...(suppressAuthor ? { 'suppress-author': true } : {}),
    ...(subsequent ? { position: POSITION_SUBSEQUENT } : {}),
  }));
  engine.setOutputFormat('html');
  const html = sanitizeCslHtml(engine.makeCitationCluster(cluster));
  return { text: cslTextOfHtml(html), html };
}

/** The bibliography of `items`, one entry per item, in the style's order. */
export function formatBibliography(
  items: readonly CslItem[],
  files: CslFiles,
): readonly (Formatted & { readonly id: string })[] {
  if (items.length === 0) return [];
  const { engine } = prepare(files, items);
  engine.setOutputFormat('html');
  const html = engine.makeBibliography();
  engine.setOutputFormat('text');
  const text = engine.makeBibliography();
  if (!html || !text) return [];
  return html[1].map((entry, i) => ({
    id: html[0].entry_ids[i]?.[0] ?? '',
    html: sanitizeCslHtml(entry),
    text: cslText(text[1][i] ?? ''),
  }));
}
