import { describe, expect, it } from 'vitest';
import { anchorSegments } from './anchorSegments';

describe('anchorSegments', () => {
  it('marks each anchor once and keeps every character in order', () => {
    const text = 'one two three four';
    const segments = anchorSegments(text, [
      { id: 'b', start: 8, end: 13, approximate: false },
      { id: 'a', start: 0, end: 3, approximate: true },
      { id: 'overlap', start: 10, end: 15, approximate: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'mark').map((s) => s.text)).toEqual(['one', 'three']);
  });

  it('ignores anchors outside the text', () => {
    expect(anchorSegments('abc', [{ id: 'x', start: 2, end: 9, approximate: false }])).toEqual([
      { kind: 'text', text: 'abc', start: 0 },
    ]);
  });
});
