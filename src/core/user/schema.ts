/**
 * The analyst's own layer for a case, kept in `<workspace>/cases/<case-id>/user.json`.
 * The built-in case is never modified; the view merges it with this layer (see merge.ts).
 *
 * Version 2 added the analyst's own evidence: issues, dimensions, sources, claims, measures,
 * points and documents. Version 3 keys each verdict by the ordered pair of periods it compares
 * and keeps its history (verdict.ts); it later gained the optional `figureTexts`
 * (figureText.ts), which needed no migration. Older files read as version 3 (migrate.ts) and are
 * rewritten as version 3 on their next change.
 */
import { z } from 'zod';
import { Id } from '../case/schema';
import { noOwnItems, OwnItems } from './items';
import { FigureTextEntry, uniqueFigureTexts } from './figureText';
import { VerdictEntry, VerdictHistory, verdictKey } from './verdict';

export {
  MAX_VERDICT_CHANGES,
  PeriodPair,
  VERDICT_LABELS,
  VerdictChange,
  VerdictEntry,
  VerdictHistory,
  VerdictInput,
  VerdictKind,
} from './verdict';

export const USER_LAYER_SCHEMA_VERSION = 3;

export const UserLayer = z.strictObject({
  schemaVersion: z.literal(USER_LAYER_SCHEMA_VERSION),
  caseId: Id,
  /** The current verdicts: at most one per row and ordered pair of periods. */
  verdicts: z.array(VerdictEntry).superRefine(unique('verdict')),
  /** How each verdict moved, including verdicts since cleared. */
  verdictHistory: z.array(VerdictHistory).default([]).superRefine(unique('history')),
  ...OwnItems,
  /**
   * The header, footer and alt text of chart figures as edited, per measure. Optional, so a
   * version 3 file written before it existed reads unchanged and is written without it.
   */
  figureTexts: z.array(FigureTextEntry).superRefine(uniqueFigureTexts).optional(),
});
export type UserLayer = z.infer<typeof UserLayer>;

export function emptyUserLayer(caseId: string): UserLayer {
  return {
    schemaVersion: USER_LAYER_SCHEMA_VERSION,
    caseId,
    verdicts: [],
    verdictHistory: [],
    ...noOwnItems(),
  };
}

type Keyed = Pick<VerdictEntry, 'issue' | 'dimension' | 'pair'>;

/** Refuses a second entry for the same row and pair, naming both places. */
function unique(what: string) {
  return (list: readonly Keyed[], ctx: z.RefinementCtx): void => {
    const seen = new Map<string, number>();
    list.forEach((v, i) => {
      const key = verdictKey(v.issue, v.dimension, v.pair);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `a second ${what} for ${v.issue} / ${v.dimension}, ${v.pair.from} → ${v.pair.to} (the first is at [${first}])`,
        });
      }
    });
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
