/** Splitting a document's text into plain runs and highlighted quotes, for the viewer. */

export interface Anchor {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly approximate: boolean;
}

export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | {
      readonly kind: 'mark';
      readonly text: string;
      readonly start: number;
      readonly anchor: Anchor;
    };

/**
 * Runs of `text` in order; each anchor becomes a mark. Anchors that overlap an earlier one are
 * left unmarked (the report still lists them), so the text is shown exactly once.
 */
export function anchorSegments(text: string, anchors: readonly Anchor[]): Segment[] {
  const sorted = [...anchors]
    .filter((a) => a.start >= 0 && a.end <= text.length && a.end > a.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const anchor of sorted) {
    if (anchor.start < at) continue;
    if (anchor.start > at)
      segments.push({ kind: 'text', text: text.slice(at, anchor.start), start: at });
    segments.push({
      kind: 'mark',
      text: text.slice(anchor.start, anchor.end),
      start: anchor.start,
      anchor,
    });
    at = anchor.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at), start: at });
  return segments;
}

/** The offset of a DOM position within `container`'s text. */
export function textOffset(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
