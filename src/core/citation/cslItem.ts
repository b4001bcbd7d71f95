/**
 * A CSL-JSON item (the csl-data.json schema of CSL 1.0.2): every variable the schema knows is
 * kept, checked for its shape and bounded in length; keys the schema does not know are dropped.
 */
import { z } from 'zod';

const Text = z.string().max(20_000);
const NumberLike = z.union([z.string().max(200), z.number().finite()]);

export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;
export const CslType = z.enum(CSL_TYPES);
export type CslType = z.infer<typeof CslType>;

export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly 'dropping-particle'?: string;
  readonly 'non-dropping-particle'?: string;
  readonly suffix?: string;
  readonly 'comma-suffix'?: string | number | boolean;
  readonly 'static-ordering'?: string | number | boolean;
  readonly literal?: string;
  readonly 'parse-names'?: string | number | boolean;
}

export const CslNameItem: z.ZodType<CslName> = z.object({
  family: z.string().max(500).optional(),
  given: z.string().max(500).optional(),
  'dropping-particle': z.string().max(100).optional(),
  'non-dropping-particle': z.string().max(100).optional(),
  suffix: z.string().max(100).optional(),
  'comma-suffix': z.union([z.string(), z.number(), z.boolean()]).optional(),
  'static-ordering': z.union([z.string(), z.number(), z.boolean()]).optional(),
  literal: z.string().max(1000).optional(),
  'parse-names': z.union([z.string(), z.number(), z.boolean()]).optional(),
});

export interface CslDate {
  readonly 'date-parts'?: (string | number)[][];
  readonly season?: string | number;
  readonly circa?: string | number | boolean;
  readonly literal?: string;
  readonly raw?: string;
}

export const CslDate: z.ZodType<CslDate> = z.object({
  'date-parts': z.array(z.array(NumberLike).min(1).max(3)).min(1).max(2).optional(),
  season: NumberLike.optional(),
  circa: z.union([z.string().max(20), z.number(), z.boolean()]).optional(),
  literal: z.string().max(500).optional(),
  raw: z.string().max(500).optional(),
});

export const CSL_NAME_VARIABLES = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'interviewer',
  'illustrator',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'script-writer',
  'series-creator',
  'translator',
] as const;

export const CSL_DATE_VARIABLES = [
  'accessed',
  'available-date',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;

export const CSL_NUMBER_VARIABLES = [
  'chapter-number',
  'citation-number',
  'collection-number',
  'edition',
  'first-reference-note-number',
  'issue',
  'locator',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'page',
  'page-first',
  'part-number',
  'printing-number',
  'section',
  'supplement-number',
  'version',
  'volume',
] as const;

export const CSL_TEXT_VARIABLES = [
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'citation-key',
  'citation-label',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'event',
  'event-title',
  'event-place',
  'genre',
  'ISBN',
  'ISSN',
  'jurisdiction',
  'keyword',
  'language',
  'license',
  'medium',
  'note',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'part-title',
  'PMCID',
  'PMID',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'source',
  'status',
  'title',
  'title-short',
  'URL',
  'year-suffix',
] as const;

function shape<const K extends readonly string[], S extends z.ZodType>(
  keys: K,
  schema: S,
): { [P in K[number]]: z.ZodOptional<S> } {
  return Object.fromEntries(keys.map((k) => [k, schema.optional()])) as {
    [P in K[number]]: z.ZodOptional<S>;
  };
}

/** An item: its id and type, then any of the schema's variables. */
export type CslItem = {
  id: string | number;
  type: CslType;
  categories?: string[];
  custom?: Record<string, unknown>;
} & { [K in (typeof CSL_NAME_VARIABLES)[number]]?: CslName[] } & {
  [K in (typeof CSL_DATE_VARIABLES)[number]]?: CslDate;
} & { [K in (typeof CSL_NUMBER_VARIABLES)[number]]?: string | number } & {
  [K in (typeof CSL_TEXT_VARIABLES)[number]]?: string;
};

// Annotated, so the contract's inferred types name the item instead of spelling out 100 keys.
export const CslItem: z.ZodType<CslItem> = z.object({
  id: z.union([z.string().min(1).max(300), z.number().finite()]),
  type: CslType,
  categories: z.array(z.string().max(200)).max(200).optional(),
  ...shape(CSL_NAME_VARIABLES, z.array(CslNameItem).max(500)),
  ...shape(CSL_DATE_VARIABLES, CslDate),
  ...shape(CSL_NUMBER_VARIABLES, NumberLike),
  ...shape(CSL_TEXT_VARIABLES, Text),
  custom: z.record(z.string().max(200), z.unknown()).optional(),
});
