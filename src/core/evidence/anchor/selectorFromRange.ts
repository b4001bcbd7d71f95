/**
 * A TextQuoteSelector for a selection in a document, as "Create claim from selection" needs:
 * the selected text as `exact` and up to 32 characters either side as `prefix` and `suffix`,
 * whitespace collapsed so the selector matches wherever the text is wrapped differently.
 */
import type { TextQuoteSelector } from '../../case/schema';
import { normalizeQuote } from './searchText';

export const CONTEXT_LENGTH = 32;
export const MAX_EXACT_LENGTH = 1000;

export type SelectorFromRange =
  | { readonly ok: true; readonly selector: TextQuoteSelector }
  | { readonly ok: false; readonly message: string };

export function selectorFromRange(
  text: string,
  start: number,
  end: number,
  contextLength = CONTEXT_LENGTH,
): SelectorFromRange {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    end <= start
  ) {
    return { ok: false, message: 'select some text in the document first' };
  }
  const exact = normalizeQuote(text.slice(start, end)).trim();
  if (exact.length === 0) return { ok: false, message: 'the selection holds only spaces' };
  if (exact.length > MAX_EXACT_LENGTH) {
    return {
      ok: false,
      message: `the selection has ${exact.length} characters; a quote may have at most ${MAX_EXACT_LENGTH}`,
    };
  }
  // Take generously from the original, then normalise and trim to the wanted length.
  const before = normalizeQuote(text.slice(Math.max(0, start - contextLength * 4), start));
  const after = normalizeQuote(text.slice(end, end + contextLength * 4));
  const prefix = before.slice(-contextLength);
  const suffix = after.slice(0, contextLength);
  return {
    ok: true,
    selector: {
      type: 'TextQuoteSelector',
      exact,
      ...(prefix.length > 0 ? { prefix } : {}),
      ...(suffix.length > 0 ? { suffix } : {}),
    },
  };
}
