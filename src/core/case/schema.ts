/**
 * The case model: periods, issue areas with their dimensions, sources, claims and measures.
 *
 * Every file a case is built from carries `schemaVersion`; a loader refuses a version it does
 * not know with a message naming the file and the field.
 */
import { z } from 'zod';
import { CslItem } from '../citation/cslItem';

export const CASE_SCHEMA_VERSION = 1;

/**
 * Names Windows keeps for devices: `nul.md` cannot be created there, so a bundle made elsewhere
 * would not unpack. Ids hold no dots, so the bare name is the only form to refuse.
 */
export const WINDOWS_DEVICE_NAMES = /^(?!(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$)/;

/** An id that may become part of a file name: lower-case letters, digits and dashes. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lower-case letters, digits and dashes (max 80)')
  .regex(
    WINDOWS_DEVICE_NAMES,
    'is a name Windows keeps for a device (con, prn, aux, nul, com1–com9, lpt1–lpt9)',
  );
export type Id = z.infer<typeof Id>;

/** A calendar date to the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );
export type PartialDate = z.infer<typeof PartialDate>;

export const FullDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD');

export const Period = z.strictObject({
  id: Id,
  label: z.string().min(1).max(80),
  start: FullDate,
  /** null: the period is ongoing. */
  end: FullDate.nullable(),
  description: z.string().max(2000).optional(),
});
export type Period = z.infer<typeof Period>;

export const Dimension = z.strictObject({
  id: Id,
  label: z.string().min(1).max(80),
  description: z.string().max(2000).optional(),
});
export type Dimension = z.infer<typeof Dimension>;

export const Issue = z.strictObject({
  id: Id,
  label: z.string().min(1).max(80),
  description: z.string().max(2000).optional(),
  dimensions: z.array(Dimension).min(1),
});
export type Issue = z.infer<typeof Issue>;

export const Person = z.strictObject({
  family: z.string().min(1),
  given: z.string().optional(),
});

/** What the text supports about when a source was published; never a guessed date. */
export const SourceDate = z.strictObject({
  /** The date as stated by the source, when it states one. */
  stated: PartialDate.optional(),
  /** Bounds inferred from the text (e.g. its latest event), each with the reason. */
  notBefore: PartialDate.optional(),
  notAfter: PartialDate.optional(),
  inferred: z.boolean(),
  note: z.string().max(1000),
});

export const Source = z.strictObject({
  id: Id,
  type: z.enum([
    'commentary',
    'article',
    'report',
    'book',
    'chapter',
    'webpage',
    'document',
    'other',
  ]),
  authors: z.array(Person),
  title: z.string().min(1),
  publisher: z.string().optional(),
  containerTitle: z.string().optional(),
  date: SourceDate.optional(),
  /** Only where known; never reconstructed. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  rights: z.string().max(1000).optional(),
  /** The CSL-JSON item the source was imported from, every field kept, for the citation. */
  csl: CslItem.optional(),
});
export type Source = z.infer<typeof Source>;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(1000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const Evidence = z.strictObject({
  source: Id,
  selector: TextQuoteSelector,
  /** Where in the source, in words a reader can follow (section heading, paragraph). */
  locator: z.string().max(200).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Modality = z.enum(['fact', 'statement', 'expectation', 'assessment']);
export type Modality = z.infer<typeof Modality>;

export const Claim = z.strictObject({
  id: Id,
  issue: Id,
  dimension: Id,
  period: Id,
  modality: Modality,
  statement: z.string().min(1).max(1000),
  date: PartialDate.optional(),
  /** Last date of a span the source gives as one claim ("in 2018 and 2019"); needs `date`. */
  dateEnd: PartialDate.optional(),
  /** Why a date lies outside its period, when it does (e.g. an expectation about a later year). */
  dateNote: z.string().max(500).optional(),
  actors: z.array(z.string().min(1).max(120)),
  tags: z.array(z.string().min(1).max(60)).default([]),
  evidence: Evidence,
  /** How the claim was read where the source leaves room (a pronoun, an undated period). */
  note: z.string().max(1000).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Currency = z.enum(['JPY', 'USD', 'EUR', 'GBP', 'KRW', 'CNY', 'AUD']);
export type Currency = z.infer<typeof Currency>;

export const Unit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('money'), currency: Currency }),
  z.strictObject({ kind: z.literal('percentGdp') }),
  z.strictObject({ kind: z.literal('count'), noun: z.string().min(1) }),
  z.strictObject({ kind: z.literal('people'), noun: z.string().min(1) }),
]);
export type Unit = z.infer<typeof Unit>;

/** How the source qualifies a figure ("nearly", "at least", "or more", "approximately"). */
export const Bound = z.enum(['exact', 'approximately', 'nearly', 'atLeast', 'orMore']);
export type Bound = z.infer<typeof Bound>;

/** What a point is: an outcome, a demand, a target or a pledge. */
export const PointRole = z.enum(['outcome', 'request', 'target', 'pledge']);
export type PointRole = z.infer<typeof PointRole>;

export const Derivation = z.strictObject({
  /** The inputs' values are summed, then multiplied or divided by `factor`. */
  operation: z.enum(['multiply', 'divide']),
  /** Ids of the points in the same measure this one follows from. */
  inputs: z.array(Id).min(1),
  factor: z.number().positive(),
  /** The quote the derivation rests on ("nearly ten times the value of a decade earlier"). */
  evidence: Evidence,
  explanation: z.string().min(1).max(500),
  /** A few words drawn beside the value on the chart, so the derivation is read there too. */
  caption: z.string().min(1).max(80).optional(),
});
export type Derivation = z.infer<typeof Derivation>;

/** The same amount stated by the source in another currency (e.g. "¥700 billion (US$4.65 billion)"). */
export const Equivalent = z.strictObject({
  currency: Currency,
  value: z.number().nonnegative(),
});

export const Point = z
  .strictObject({
    id: Id,
    /** Absent when the point lies outside every period (a baseline before the first one). */
    period: Id.optional(),
    date: PartialDate.optional(),
    /** Last date of a span the source gives as one figure ("in 2018 and 2019"); needs `date`. */
    dateEnd: PartialDate.optional(),
    dateNote: z.string().max(500).optional(),
    /**
     * Plain number in base units: 700e9, not "700 billion". For `percentGdp` the unit is the
     * percentage point: 2 means 2% of GDP.
     */
    value: z.number().finite(),
    bound: Bound.default('exact'),
    role: PointRole.default('outcome'),
    actor: z.string().min(1).max(120).optional(),
    label: z.string().max(200).optional(),
    equivalents: z.array(Equivalent).optional(),
    evidence: Evidence.optional(),
    derived: Derivation.optional(),
  })
  .refine((p) => (p.evidence === undefined) !== (p.derived === undefined), {
    message: 'a point carries either evidence (stated) or derived (derived), not both or neither',
  });
export type Point = z.infer<typeof Point>;

export const Measure = z.strictObject({
  id: Id,
  issue: Id,
  dimension: Id.optional(),
  label: z.string().min(1).max(120),
  description: z.string().max(1000).optional(),
  unit: Unit,
  /** What one value covers: a year, a total, a level at a point in time. */
  basis: z.enum(['annual', 'total', 'level']),
  /**
   * Whether the points form one series a line may join. Off unless the source gives the values
   * in between: two figures a decade apart say nothing of the years between them.
   */
  continuous: z.boolean().optional(),
  /** Qualifications a reader must see with the figures; drawn on the chart and its export. */
  caveats: z.array(z.string().min(1).max(300)).max(6).optional(),
  points: z.array(Point).min(1),
});
export type Measure = z.infer<typeof Measure>;

export const Case = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: Id,
  title: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  defaultComparison: z.array(Id).min(2).max(3),
  periods: z.array(Period).min(2),
  issues: z.array(Issue).min(1),
  sources: z.array(Source).min(1),
  claims: z.array(Claim),
  measures: z.array(Measure),
});
export type Case = z.infer<typeof Case>;

export const CaseSummary = z.strictObject({
  id: Id,
  title: z.string(),
  issueCount: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
