/**
 * Verdicts in the user layer. A verdict judges one row (issue × dimension) for one ordered pair
 * of periods: Trump 1.0 → Trump 2.0 and Trump 2.0 → Trump 1.0 are two verdicts, and so is
 * Biden → Trump 2.0. Beside the current verdicts the layer keeps each one's history of changes.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import { VERDICT_KINDS } from './verdictKinds';

export { VERDICT_KINDS, VERDICT_LABELS, verdictKey } from './verdictKinds';

export const VerdictKind = z.enum(VERDICT_KINDS);
export type VerdictKind = z.infer<typeof VerdictKind>;

/** The ordered pair of periods a verdict compares: what `from` was, what `to` is. */
export const PeriodPair = z
  .strictObject({ from: Id, to: Id })
  .refine((p) => p.from !== p.to, { message: 'a verdict compares two different periods' });
export type PeriodPair = z.infer<typeof PeriodPair>;

const Rationale = z.string().max(2000, 'must be at most 2,000 characters');

/** What the analyst sets on a row for a pair; the stored entry adds where and when. */
export const VerdictInput = z.strictObject({
  verdict: VerdictKind,
  rationale: Rationale.default(''),
});
export type VerdictInput = z.input<typeof VerdictInput>;

/** The current verdict of a row for a pair. */
export const VerdictEntry = z.strictObject({
  issue: Id,
  dimension: Id,
  pair: PeriodPair,
  verdict: VerdictKind,
  rationale: Rationale,
  updatedAt: z.iso.datetime(),
});
export type VerdictEntry = z.infer<typeof VerdictEntry>;

/**
 * At most this many changes are kept per verdict, the oldest going first. A change is a new
 * kind or a clear (typing a rationale amends the latest change), so this is far beyond real use
 * and only bounds the file against a runaway client.
 */
export const MAX_VERDICT_CHANGES = 100;

/** One step of a verdict's history: a kind set (with its rationale), or a clear (`null`). */
export const VerdictChange = z.strictObject({
  verdict: VerdictKind.nullable(),
  rationale: Rationale.optional(),
  at: z.iso.datetime(),
  /**
   * The periods on screen when the verdict was given, where they were more than its pair: a
   * version 2 verdict given with three panes is filed under their first adjacent pair.
   */
  shownWith: z.array(Id).min(3).max(3).optional(),
});
export type VerdictChange = z.infer<typeof VerdictChange>;

/** The history of one row's verdict for one pair, oldest first; it outlives a clear. */
export const VerdictHistory = z.strictObject({
  issue: Id,
  dimension: Id,
  pair: PeriodPair,
  changes: z
    .array(VerdictChange)
    .min(1)
    .max(MAX_VERDICT_CHANGES, `at most ${MAX_VERDICT_CHANGES} changes are kept per verdict`),
});
export type VerdictHistory = z.infer<typeof VerdictHistory>;
