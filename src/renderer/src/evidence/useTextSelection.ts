import { useEffect, useState } from 'react';
import type { TextQuoteSelector } from '../../../core/case/schema';
import { selectorFromRange } from '../../../core/evidence/anchor/selectorFromRange';
import { textOffset } from './anchorSegments';

export type TextSelection =
  | { readonly ok: true; readonly selector: TextQuoteSelector; readonly start: number }
  | { readonly ok: false; readonly message: string };

/**
 * Follows the selection inside `container` (showing `text`), as a quote selector of the text or
 * the reason it cannot be one; undefined while nothing is selected there.
 */
export function useTextSelection(
  container: React.RefObject<HTMLElement | null>,
  text: string | undefined,
): TextSelection | undefined {
  const [selection, setSelection] = useState<TextSelection | undefined>(undefined);
  useEffect(() => {
    if (text === undefined) return;
    const onChange = (): void => {
      const root = container.current;
      const sel = window.getSelection();
      if (!root || !sel || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      if (range.collapsed) return setSelection(undefined);
      const start = textOffset(root, range.startContainer, range.startOffset);
      const end = textOffset(root, range.endContainer, range.endOffset);
      const selected = selectorFromRange(text, start, end);
      setSelection(selected.ok ? { ...selected, start: Math.min(start, end) } : selected);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, text]);
  return selection;
}
