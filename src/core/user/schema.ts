/**
 * The analyst's own layer for a case, kept in `<workspace>/cases/<case-id>/user.json`.
 * The built-in case is never modified; the view merges it with this layer (see merge.ts).
 *
 * Version 2 added the analyst's own evidence: issues, dimensions, sources, claims, measures,
 * points and documents. A version 1 file reads as version 2 with those lists empty
 * (migrate.ts) and is rewritten as version 2 on its next change.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import {
  DocumentEntry,
  UserClaim,
  UserDimension,
  UserIssue,
  UserMeasure,
  UserPoint,
  UserSource,
} from './items';

export const USER_LAYER_SCHEMA_VERSION = 2;

export const VerdictKind = z.enum([
  'continuity',
  'intensified',
  'softened',
  'reversed',
  'new',
  'unclear',
]);
export type VerdictKind = z.infer<typeof VerdictKind>;

export const VERDICT_LABELS: Readonly<Record<VerdictKind, string>> = {
  continuity: 'Continuity',
  intensified: 'Intensified',
  softened: 'Softened',
  reversed: 'Reversed',
  new: 'New',
  unclear: 'Unclear',
};

/** What the analyst sets on a row; the stored entry adds where and when. */
export const VerdictInput = z.strictObject({
  verdict: VerdictKind,
  rationale: z.string().max(2000, 'must be at most 2,000 characters').default(''),
  /** The periods compared when the verdict was given, in pane order. */
  comparison: z.array(Id).min(2).max(3),
});
export type VerdictInput = z.input<typeof VerdictInput>;

export const VerdictEntry = VerdictInput.extend({
  issue: Id,
  dimension: Id,
  updatedAt: z.iso.datetime(),
});
export type VerdictEntry = z.infer<typeof VerdictEntry>;

export const UserLayer = z.strictObject({
  schemaVersion: z.literal(USER_LAYER_SCHEMA_VERSION),
  caseId: Id,
  verdicts: z.array(VerdictEntry),
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
});
export type UserLayer = z.infer<typeof UserLayer>;

export function emptyUserLayer(caseId: string): UserLayer {
  return {
    schemaVersion: USER_LAYER_SCHEMA_VERSION,
    caseId,
    verdicts: [],
    issues: [],
    dimensions: [],
    sources: [],
    claims: [],
    measures: [],
    points: [],
    documents: [],
  };
}

/** The state of the user layer as the workbench sees it. */
export const UserLayerState = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok'), layer: UserLayer }),
  /** The file exists but cannot be used: shown read-only, never overwritten. */
  z.strictObject({
    status: z.literal('broken'),
    file: z.string(),
    message: z.string(),
    layer: UserLayer,
  }),
]);
export type UserLayerState = z.infer<typeof UserLayerState>;
