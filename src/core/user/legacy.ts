/**
 * The user layer as earlier versions wrote it, kept exactly so that their files can be read
 * and migrated (migrate.ts). Never written.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import { OwnItems } from './items';
import { VerdictKind } from './verdict';

/** A verdict of versions 1 and 2: one per row, whatever the periods compared. */
export const VerdictEntryV2 = z.strictObject({
  verdict: VerdictKind.exclude(['dropped', 'no-counterpart']),
  rationale: z.string().max(2000, 'must be at most 2,000 characters').default(''),
  /** The periods compared when the verdict was given, in pane order. */
  comparison: z.array(Id).min(2).max(3),
  issue: Id,
  dimension: Id,
  updatedAt: z.iso.datetime(),
});
export type VerdictEntryV2 = z.infer<typeof VerdictEntryV2>;

export const UserLayerV1 = z.strictObject({
  schemaVersion: z.literal(1),
  caseId: Id,
  verdicts: z.array(VerdictEntryV2),
});
export type UserLayerV1 = z.infer<typeof UserLayerV1>;

export const UserLayerV2 = z.strictObject({
  schemaVersion: z.literal(2),
  caseId: Id,
  verdicts: z.array(VerdictEntryV2),
  ...OwnItems,
});
export type UserLayerV2 = z.infer<typeof UserLayerV2>;
