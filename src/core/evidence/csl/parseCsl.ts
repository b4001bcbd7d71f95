/**
 * CSL-JSON, the format Zotero (and Mendeley, Citavi, pandoc) export a bibliography in, as the
 * analyst's own sources. Takes an array of items or a single item. Each item is checked with
 * zod; an item that cannot become a source (no title, a wrong shape) is skipped and reported
 * by its JSON path, a field that cannot be kept (a URL that is not http, a malformed DOI) is
 * dropped and reported, and everything else comes in: authors, editors, date, URL, DOI,
 * container title, publisher and type.
 */
import { z } from 'zod';
import { jsonPath } from '../../case/problem';
import { CslItem as FullCslItem } from '../../citation/cslItem';
import { Doi, SourceInput, type SourceType } from '../../user/items';
import { CslDateRaw, cslDate, CslNameRaw, cslNames, httpUrl, type CslWarn } from './cslFields';
import { parseJsonText } from './jsonText';

export const MAX_CSL_ITEMS = 10_000;

const Text = z.string();
const CslItem = z.looseObject({
  id: z.union([z.string(), z.number()]),
  type: Text,
  title: Text.optional(),
  author: z.array(CslNameRaw).optional(),
  editor: z.array(CslNameRaw).optional(),
  issued: CslDateRaw.optional(),
  URL: Text.optional(),
  DOI: Text.optional(),
  'container-title': Text.optional(),
  publisher: Text.optional(),
  note: Text.optional(),
});
type CslItem = z.infer<typeof CslItem>;

export interface CslProblem {
  /** JSON path in the file, e.g. `$[3].issued.date-parts[0][1]`. */
  readonly path: string;
  readonly message: string;
  /** The item was not imported (otherwise only the field named was dropped). */
  readonly skipped: boolean;
}

export interface CslSource {
  /** Where the item lies in the file. */
  readonly path: string;
  readonly input: z.output<typeof SourceInput>;
}

export type CslParse =
  | {
      readonly ok: true;
      readonly sources: readonly CslSource[];
      readonly problems: readonly CslProblem[];
    }
  | { readonly ok: false; readonly message: string };

const TYPES: Readonly<Record<string, SourceType>> = {
  article: 'article',
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  review: 'article',
  'review-book': 'article',
  report: 'report',
  book: 'book',
  chapter: 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  'paper-conference': 'chapter',
  webpage: 'webpage',
  post: 'webpage',
  'post-weblog': 'webpage',
  document: 'document',
  manuscript: 'document',
  legislation: 'document',
  bill: 'document',
  legal_case: 'document',
  treaty: 'document',
  regulation: 'document',
  standard: 'document',
  dataset: 'document',
  speech: 'document',
  interview: 'document',
  thesis: 'document',
};

export function parseCslJson(text: string): CslParse {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const value = json.value;
  // A single item (an object) is read as a list of one, its problems located at `$`.
  const single = !Array.isArray(value);
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'object' && value !== null) items = [value];
  else {
    return {
      ok: false,
      message: `it holds ${describe(value)} at $; CSL-JSON is an array of items (or one item)`,
    };
  }
  if (items.length === 0) return { ok: false, message: 'it holds no items ($ is an empty array)' };
  if (items.length > MAX_CSL_ITEMS) {
    return {
      ok: false,
      message: `it holds ${items.length} items; at most ${MAX_CSL_ITEMS} can be imported at once`,
    };
  }
  const sources: CslSource[] = [];
  const problems: CslProblem[] = [];
  const seen = new Set<string>();
  items.forEach((raw, i) => {
    const at: (string | number)[] = single ? [] : [i];
    const parsed = CslItem.safeParse(raw);
    if (!parsed.success) {
      problems.push(skipped(at, parsed.error));
      return;
    }
    const id = String(parsed.data.id);
    if (seen.has(id)) {
      problems.push({
        path: jsonPath([...at, 'id']),
        message: `the id '${id}' was used by an earlier item; the item was skipped`,
        skipped: true,
      });
      return;
    }
    seen.add(id);
    const source = itemToSource(parsed.data, at, problems, raw);
    if (source) sources.push({ path: jsonPath(at), input: source });
  });
  return { ok: true, sources, problems };
}

function itemToSource(
  item: CslItem,
  at: (string | number)[],
  problems: CslProblem[],
  raw: unknown,
): z.output<typeof SourceInput> | undefined {
  const warn: CslWarn = (path, message) =>
    problems.push({ path: jsonPath([...at, ...path]), message, skipped: false });
  const title = item.title?.trim();
  if (!title) {
    problems.push({
      path: jsonPath([...at, 'title']),
      message: 'the item has no title; it was skipped',
      skipped: true,
    });
    return undefined;
  }
  const authors = cslNames(item.author ?? [], ['author'], warn);
  const editors = cslNames(item.editor ?? [], ['editor'], warn);
  const issued = item.issued ? cslDate(item.issued, ['issued'], warn) : undefined;
  let url: string | undefined;
  if (item.URL !== undefined && item.URL.trim() !== '') {
    url = httpUrl(item.URL.trim());
    if (!url)
      warn(['URL'], `'${item.URL.slice(0, 80)}' is not an http(s) address; it was left out`);
  }
  let doi: string | undefined;
  if (item.DOI !== undefined && item.DOI.trim() !== '') {
    const bare = item.DOI.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
    if (Doi.safeParse(bare).success) doi = bare;
    else warn(['DOI'], `'${item.DOI.slice(0, 80)}' is not a DOI; it was left out`);
  }
  const candidate = {
    type: TYPES[item.type] ?? 'other',
    authors,
    editors,
    title: title.slice(0, 1000),
    ...optional('containerTitle', item['container-title']),
    ...optional('publisher', item.publisher),
    ...(issued === undefined ? {} : { issued }),
    ...(url === undefined ? {} : { url }),
    ...(doi === undefined ? {} : { doi }),
    ...optional('note', item.note?.slice(0, 2000)),
    cslType: item.type.slice(0, 60),
    cslId: String(item.id).slice(0, 300),
    ...fullItem(raw, url, doi, warn),
  };
  if (title.length > 1000)
    warn(['title'], 'the title is longer than 1,000 characters; it was shortened');
  const parsed = SourceInput.safeParse(candidate);
  if (!parsed.success) {
    problems.push(skipped(at, parsed.error));
    return undefined;
  }
  return parsed.data;
}

/** An item that does not fit the schema: skipped, at the path of its first problem. */
function skipped(at: readonly (string | number)[], error: z.ZodError): CslProblem {
  const issue = error.issues[0]!;
  return {
    path: jsonPath([...at, ...issue.path]),
    message: `${issue.message}; the item was skipped`,
    skipped: true,
  };
}

/**
 * The whole item as CSL-JSON knows it (volume, issue, pages, ISBN…), for the citation; the URL
 * and DOI only as kept above. An item whose extra fields do not fit is imported without them.
 */
function fullItem(
  raw: unknown,
  url: string | undefined,
  doi: string | undefined,
  warn: CslWarn,
): { csl?: FullCslItem } {
  const parsed = FullCslItem.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    warn(
      issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      `${issue.message}; the item was imported without its other CSL fields (volume, pages…)`,
    );
    return {};
  }
  const { URL: _url, DOI: _doi, ...rest } = parsed.data;
  return {
    csl: {
      ...rest,
      ...(url === undefined ? {} : { URL: url }),
      ...(doi === undefined ? {} : { DOI: doi }),
    },
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed.slice(0, 1000) } as { [P in K]?: string }) : {};
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}
