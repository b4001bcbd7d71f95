/** Turning a zod schema's issues into one message per form field, for inline validation. */
import type { z } from 'zod';

export type FieldErrors = Readonly<Record<string, string>>;

/** Maps each issue's path (joined with '.') to a field name through `fieldOf`, first message wins. */
export function fieldErrors(
  error: z.ZodError,
  fieldOf: (path: string) => string = (p) => p,
): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    out[field] ??= issue.message;
  }
  return out;
}

/** The props that tie an input to its message: aria-invalid and aria-describedby. */
export function fieldAria(
  errors: FieldErrors,
  field: string,
  idPrefix: string,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return errors[field]
    ? { 'aria-invalid': true, 'aria-describedby': `${idPrefix}-${field}-error` }
    : {};
}

/** Splits "a, b, c" into its non-empty trimmed parts. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `undefined` for an empty (or blank) text, so optional fields stay absent. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.length === 0 ? undefined : trimmed;
}
