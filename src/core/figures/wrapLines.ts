/**
 * Greedy word wrap by measured widths. The measuring is the caller's (a canvas in the renderer,
 * an estimate in tests), so the layout maths stays pure.
 */

/** Width in px of `text` at `fontSize` px and `fontWeight`. */
export type MeasureText = (text: string, fontSize: number, fontWeight?: number) => number;

/** A rough width where no canvas is available: wide enough for Inter and the fallback fonts. */
export const estimateTextWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.58;

export interface TextStyle {
  readonly size: number;
  readonly weight: number;
}

/**
 * `text` broken into lines no wider than `maxWidth`; a word wider than a line is cut by
 * characters, so nothing ever runs past the edge of a table cell.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: MeasureText,
): string[] {
  const fits = (s: string): boolean => measure(s, style.size, style.weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
