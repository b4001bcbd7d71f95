/**
 * The analyst's own items in the user layer: issue areas, dimensions, sources, claims, measures,
 * points and attached documents. Each is the case model's shape plus where it came from and when,
 * so the view can merge it with the built-in case and mark it as the user's.
 */
import { z } from 'zod';
import { CslItem } from '../citation/cslItem';
import { Claim, Dimension, Id, Issue, Measure, PartialDate, Point, Source } from '../case/schema';

/** An own item's id: generated, `u-` prefixed, so it can never collide with a built-in one. */
export const UserId = Id.regex(/^u-[a-z0-9]/, 'an own item’s id starts with "u-"');
export type UserId = z.infer<typeof UserId>;

const Stamp = z.iso.datetime();

/** What every own item that can be edited adds to the case model's shape. */
const Owned = { id: UserId, createdAt: Stamp, updatedAt: Stamp };

/** An own dimension added to an issue area (built-in or own). */
export const UserDimension = z.strictObject({
  issue: Id,
  dimension: Dimension.extend({ id: UserId }),
  createdAt: Stamp,
});
export type UserDimension = z.infer<typeof UserDimension>;

/** An own issue area with its own dimensions. */
export const UserIssue = Issue.extend({
  ...Owned,
  dimensions: z.array(Dimension.extend({ id: UserId })).min(1),
});
export type UserIssue = z.infer<typeof UserIssue>;

/** A name as CSL-JSON gives it: family and given, or one literal name (an institution). */
export const CslName = z
  .strictObject({
    family: z.string().trim().min(1).max(200).optional(),
    given: z.string().trim().max(200).optional(),
    literal: z.string().trim().min(1).max(300).optional(),
  })
  .refine((n) => n.family !== undefined || n.literal !== undefined, {
    message: 'a name needs a family name or a literal name',
  });
export type CslName = z.infer<typeof CslName>;

export const SourceType = Source.shape.type;
export type SourceType = z.infer<typeof SourceType>;

/** A DOI without its resolver prefix: `10.1234/abc`. */
export const Doi = z
  .string()
  .max(300)
  .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz123');

/** What the analyst (or a CSL-JSON import) gives for a source. */
export const SourceInput = z.strictObject({
  type: SourceType,
  authors: z.array(CslName).max(200).default([]),
  editors: z.array(CslName).max(200).default([]),
  title: z.string().trim().min(1, 'a source needs a title').max(1000),
  containerTitle: z.string().trim().min(1).max(1000).optional(),
  publisher: z.string().trim().min(1).max(500).optional(),
  /** Publication date to the precision given: YYYY, YYYY-MM or YYYY-MM-DD. */
  issued: PartialDate.optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  doi: Doi.optional(),
  note: z.string().max(2000).optional(),
  /** The CSL item type it was imported as (`article-journal`), kept for the citation. */
  cslType: z.string().min(1).max(60).optional(),
  /** The CSL item id it was imported with: a second import of the same item is recognised. */
  cslId: z.string().min(1).max(300).optional(),
  /** The whole CSL-JSON item it was imported as (volume, issue, pages…), validated. */
  csl: CslItem.optional(),
});
export type SourceInput = z.input<typeof SourceInput>;

export const UserSource = SourceInput.extend(Owned);
export type UserSource = z.infer<typeof UserSource>;

/** What the claim form sends: a case claim without its id. */
export const ClaimInput = Claim.omit({ id: true });
export type ClaimInput = z.input<typeof ClaimInput>;

export const UserClaim = Claim.extend(Owned);
export type UserClaim = z.infer<typeof UserClaim>;

/** A point of a measure, as the form or an import gives it: the case point without its id. */
export const PointInput = z
  .strictObject(
    Object.fromEntries(Object.entries(Point.shape).filter(([key]) => key !== 'id')) as Omit<
      typeof Point.shape,
      'id'
    >,
  )
  .refine((p) => (p.evidence === undefined) !== (p.derived === undefined), {
    message: 'a point carries either evidence (stated) or derived (derived), not both or neither',
  });
export type PointInput = z.input<typeof PointInput>;
/** A point without its id, as parsed: defaults (bound, role) filled in. */
export type PointDraft = z.output<typeof PointInput>;

/** An own point added to a built-in measure. Its point id starts with `u-`. */
export const UserPoint = z.strictObject({
  measure: Id,
  point: Point,
  createdAt: Stamp,
});
export type UserPoint = z.infer<typeof UserPoint>;

/** A new measure as the form or an import describes it, before it has points. */
export const MeasureDraft = z.strictObject({
  issue: Id,
  dimension: Id.optional(),
  label: Measure.shape.label,
  description: Measure.shape.description,
  unit: Measure.shape.unit,
  basis: Measure.shape.basis,
});
export type MeasureDraft = z.input<typeof MeasureDraft>;

export const MeasureInput = MeasureDraft.extend({
  points: z
    .array(PointInput)
    .min(1, 'a measure needs at least one point')
    .max(100_000, 'at most 100,000 points at once'),
});
export type MeasureInput = z.input<typeof MeasureInput>;

export const UserMeasure = Measure.extend(Owned);
export type UserMeasure = z.infer<typeof UserMeasure>;

export const DocumentMediaType = z.enum(['text/plain', 'text/markdown', 'text/html']);
export type DocumentMediaType = z.infer<typeof DocumentMediaType>;

/**
 * A document the analyst attached to a source. Its text (HTML already reduced to plain text)
 * is stored beside user.json as `documents/<id>.txt`, UTF-8.
 */
export const DocumentEntry = z
  .strictObject({
    id: UserId,
    source: Id,
    fileName: z.string().min(1).max(255),
    mediaType: DocumentMediaType,
    /** Encoding the file was read in. */
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
    /** Size of the file as attached, in bytes. */
    bytes: z.number().int().nonnegative(),
    /** SHA-256 of the file as attached, hex. */
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
    /** Length of the stored text, in UTF-16 code units (the offsets anchors use). */
    chars: z.number().int().nonnegative(),
    storedAs: z.string().regex(/^documents\/u-[a-z0-9-]+\.txt$/),
    addedAt: Stamp,
  })
  .refine((d) => d.storedAs === `documents/${d.id}.txt`, {
    message: 'storedAs must be documents/<id>.txt',
    path: ['storedAs'],
  });
export type DocumentEntry = z.infer<typeof DocumentEntry>;

/** What the form sends for a new dimension. */
export const DimensionInput = z.strictObject({
  label: Dimension.shape.label,
  description: Dimension.shape.description,
});
export type DimensionInput = z.input<typeof DimensionInput>;

/** What the form sends for a new issue area: its label and at least one dimension. */
export const IssueInput = z.strictObject({
  label: Issue.shape.label,
  description: Issue.shape.description,
  dimensions: z.array(DimensionInput).min(1, 'an issue area needs at least one row').max(50),
});
export type IssueInput = z.input<typeof IssueInput>;

/** The lists of own items in the user layer, each empty where a file has none. */
export const OwnItems = {
  /** Own issue areas, each with its own dimensions. */
  issues: z.array(UserIssue).default([]),
  /** Own dimensions added to issue areas (built-in or own). */
  dimensions: z.array(UserDimension).default([]),
  sources: z.array(UserSource).default([]),
  claims: z.array(UserClaim).default([]),
  /** Own measures, with their points. */
  measures: z.array(UserMeasure).default([]),
  /** Own points added to built-in measures. */
  points: z.array(UserPoint).default([]),
  /** Documents attached to sources; their text lies beside user.json. */
  documents: z.array(DocumentEntry).default([]),
};

/** A layer with no own items yet. */
export function noOwnItems(): {
  readonly [K in keyof typeof OwnItems]: z.infer<(typeof OwnItems)[K]>;
} {
  return {
    issues: [],
    dimensions: [],
    sources: [],
    claims: [],
    measures: [],
    points: [],
    documents: [],
  };
}
