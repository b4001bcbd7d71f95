/**
 * A data label broken into lines that fit the width a mark has, so a label never runs into the
 * next bar. Widths are estimated from the font size: the plot has no text metrics before it is
 * drawn, and Inter's average advance is close to 0.58 em.
 */

const ADVANCE_EM = 0.58;

/** The estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * ADVANCE_EM;
}

/** Words packed greedily into lines no wider than `maxWidth`; a word longer than that stands alone. */
export function labelLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    // "≈" or "≥" stays with the number it qualifies.
    if (line && textWidth(next, fontSize) > maxWidth && !/^[≈≥≤<>~]$/.test(line)) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
