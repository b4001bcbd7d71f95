/**
 * Splits a long note's Markdown into chunks that render to the same HTML one by one as the whole
 * does, so a preview can re-render only the chunk that changed. A chunk ends only at a blank line
 * followed by an unindented line that starts no list item, outside fenced code: there every open
 * block (paragraph, list, quote, code) has ended in CommonMark. Link reference definitions apply
 * across the whole note, so they are returned apart, for each chunk to carry.
 */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*\S/;

export interface MarkdownChunks {
  /** The note's text cut at block boundaries, in order; joined with '\n' they give it back. */
  readonly chunks: readonly string[];
  /** Every link reference definition line of the note, joined by '\n' ('' when none). */
  readonly definitions: string;
}

/** Cuts `markdown` into chunks of at least `minChars` characters (the last may be shorter). */
export function markdownChunks(markdown: string, minChars: number): MarkdownChunks {
  const lines = markdown.split('\n');
  const chunks: string[] = [];
  const definitions: string[] = [];
  let start = 0;
  let size = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    size += line.length + 1;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (REFERENCE_DEFINITION.test(line)) definitions.push(line);
    const next = lines[i + 1];
    if (
      size >= minChars &&
      line.trim() === '' &&
      next !== undefined &&
      next.trim() !== '' &&
      !/^\s/.test(next) &&
      !LIST_ITEM.test(next) &&
      !FENCE.test(next)
    ) {
      chunks.push(lines.slice(start, i + 1).join('\n'));
      start = i + 1;
      size = 0;
    }
  }
  chunks.push(lines.slice(start).join('\n'));
  return { chunks, definitions: definitions.join('\n') };
}
