/** A case's source as CSL-JSON, keeping every field the source carries (and no guessed one). */
import type { Source } from '../case/schema';

export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly author?: readonly { readonly family: string; readonly given?: string }[];
  readonly publisher?: string;
  readonly 'container-title'?: string;
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL?: string;
  readonly note?: string;
  readonly license?: string;
}

const CSL_TYPE: Readonly<Record<Source['type'], string>> = {
  commentary: 'article',
  article: 'article-journal',
  report: 'report',
  book: 'book',
  chapter: 'chapter',
  webpage: 'webpage',
  document: 'document',
  other: 'document',
};

export function sourceToCsl(source: Source): CslItem {
  const stated = source.date?.stated;
  return {
    id: source.id,
    type: CSL_TYPE[source.type],
    title: source.title,
    ...(source.authors.length > 0 && {
      author: source.authors.map((a) => ({ family: a.family, ...(a.given && { given: a.given }) })),
    }),
    ...(source.publisher && { publisher: source.publisher }),
    ...(source.containerTitle && { 'container-title': source.containerTitle }),
    ...(stated && { issued: { 'date-parts': [stated.split('-').map(Number)] } }),
    ...(source.url && { URL: source.url }),
    ...(source.date?.note && { note: source.date.note }),
    ...(source.rights && { license: source.rights }),
  };
}
