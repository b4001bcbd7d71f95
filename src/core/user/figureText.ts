/**
 * The header, footer and alt text of a chart's figure as the analyst edited them, remembered
 * per chart (one entry per measure of the case) with the size and theme last chosen. Only the
 * fields that differ from the case's own text are kept, so a field never edited follows the
 * case when its sources or points change.
 */
import { z } from 'zod';
import { Id } from '../case/schema';

const Field = z.string().max(20_000);

/** The edited fields; an absent one is the case's own text. */
export const FigureTextOverrides = z.strictObject({
  title: Field.optional(),
  subtitle: Field.optional(),
  notes: Field.optional(),
  sourceLine: Field.optional(),
  altText: Field.optional(),
});
export type FigureTextOverrides = z.infer<typeof FigureTextOverrides>;

export const FigurePreset = z.enum(['single', 'double', 'slide', 'custom']);
export const FigureThemeChoice = z.enum(['light', 'dark', 'grey']);

/** What the dialog sends: the edited fields and, where chosen, the size and theme. */
export const FigureTextInput = z.strictObject({
  text: FigureTextOverrides,
  preset: FigurePreset.optional(),
  theme: FigureThemeChoice.optional(),
});
export type FigureTextInput = z.infer<typeof FigureTextInput>;

export const FigureTextEntry = FigureTextInput.extend({
  measure: Id,
  updatedAt: z.iso.datetime(),
});
export type FigureTextEntry = z.infer<typeof FigureTextEntry>;

/** Refuses a second entry for one measure, naming both places. */
export function uniqueFigureTexts(list: readonly FigureTextEntry[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  list.forEach((entry, i) => {
    const first = seen.get(entry.measure);
    if (first === undefined) seen.set(entry.measure, i);
    else {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `a second figure text for ${entry.measure} (the first is at [${first}])`,
      });
    }
  });
}

const FIELDS = ['title', 'subtitle', 'notes', 'sourceLine', 'altText'] as const;

function sameInput(a: FigureTextInput, b: FigureTextInput): boolean {
  return (
    a.preset === b.preset &&
    a.theme === b.theme &&
    FIELDS.every((field) => a.text[field] === b.text[field])
  );
}

/** The input without absent keys, so what is stored holds only what was given. */
function clean(input: FigureTextInput): FigureTextInput {
  const text: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = input.text[field];
    if (value !== undefined) text[field] = value;
  }
  return {
    text,
    ...(input.preset !== undefined && { preset: input.preset }),
    ...(input.theme !== undefined && { theme: input.theme }),
  };
}

/**
 * The layer's figure texts with `measure`'s set to `input`, or removed by `null` or an input
 * that keeps nothing; `undefined` when nothing changes, so nothing need be written.
 */
export function applyFigureText(
  entries: readonly FigureTextEntry[] | undefined,
  measure: string,
  input: FigureTextInput | null,
  now: string,
): FigureTextEntry[] | undefined {
  const list = entries ?? [];
  const index = list.findIndex((e) => e.measure === measure);
  const current = index >= 0 ? list[index] : undefined;
  const next = input === null ? null : clean(input);
  const empty =
    next === null ||
    (next.preset === undefined && next.theme === undefined && Object.keys(next.text).length === 0);
  if (empty) return current ? list.filter((_, i) => i !== index) : undefined;
  if (current && sameInput(current, next)) return undefined;
  const entry: FigureTextEntry = { measure, ...next, updatedAt: now };
  return current ? list.map((e, i) => (i === index ? entry : e)) : [...list, entry];
}
