/**
 * Ends a list where the analyst left it. The editor's second Enter on a list item removes the
 * marker and leaves the cursor on a fresh line; CommonMark would glue the text typed there onto
 * the last item as a "lazy continuation". A blank line before such a line keeps it a paragraph.
 */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const FENCE = /^ {0,3}(?:```|~~~)/;

export function endListsAtParagraphs(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let inItem = false;
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) {
      out.push(line);
      continue;
    }
    const blank = line.trim().length === 0;
    const unindented = !blank && !/^\s/.test(line);
    if (LIST_ITEM.test(line)) inItem = true;
    else if (blank) inItem = false;
    else if (inItem && unindented) {
      out.push('');
      inItem = false;
    }
    out.push(line);
  }
  return out.join('\n');
}
