/**
 * A case's source as a CSL-JSON item, for the citation processor. An imported source gives its
 * own CSL item, with every field it carried; any other is mapped from what the record holds and
 * nothing more: no URL it lacks, and a date that is inferred or only bounded is given as the
 * record words it ("n.d.; in or after March 2025, inferred"), never as a made-up day.
 */
import type { Source } from '../case/schema';
import { formatLongDate } from '../compare/citation';
import type { CslDate, CslItem, CslType } from './cslItem';

const TYPES: Readonly<Record<Source['type'], CslType>> = {
  // A commentary is one number of a publisher's series (RSIS Commentary), as a report is.
  commentary: 'report',
  article: 'article-journal',
  report: 'report',
  book: 'book',
  chapter: 'chapter',
  webpage: 'webpage',
  document: 'document',
  other: 'document',
};

/** The CSL item of `source`, with the source's id as its id (what citations refer to). */
export function sourceToCsl(source: Source): CslItem {
  if (source.csl) return { ...source.csl, id: source.id };
  const type = TYPES[source.type];
  const item: CslItem = {
    id: source.id,
    type,
    title: source.title,
    ...(source.authors.length > 0
      ? {
          author: source.authors.map((a) => ({
            family: a.family,
            ...(a.given ? { given: a.given } : {}),
          })),
        }
      : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
  if (source.containerTitle) {
    // A report's container is the series it appeared in; an article's is the journal.
    if (type === 'report') item['collection-title'] = source.containerTitle;
    else item['container-title'] = source.containerTitle;
  }
  const issued = dateOf(source.date);
  if (issued) item.issued = issued;
  return item;
}

/** The items of `sources`, in order. */
export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  return sources.map(sourceToCsl);
}

function dateOf(date: Source['date']): CslDate | undefined {
  if (!date) return undefined;
  if (date.stated && !date.inferred) return { 'date-parts': [date.stated.split('-').map(Number)] };
  if (date.stated) return { literal: `${formatLongDate(date.stated)} (inferred)` };
  const inferred = date.inferred ? ', inferred' : '';
  const { notBefore, notAfter } = date;
  if (notBefore && notAfter && notBefore === notAfter)
    return { literal: `n.d.; ${formatLongDate(notBefore)}${inferred}` };
  if (notBefore && notAfter)
    return {
      literal: `n.d.; between ${formatLongDate(notBefore)} and ${formatLongDate(notAfter)}${inferred}`,
    };
  if (notBefore) return { literal: `n.d.; in or after ${formatLongDate(notBefore)}${inferred}` };
  if (notAfter) return { literal: `n.d.; in or before ${formatLongDate(notAfter)}${inferred}` };
  return undefined;
}
