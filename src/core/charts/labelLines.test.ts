import { describe, expect, it } from 'vitest';
import { labelLines, textWidth } from './labelLines';

describe('labelLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(labelLines('US$8 billion', 200, 12)).toEqual(['US$8 billion']);
  });

  it('breaks a label wider than its bar, so it does not run into the next one', () => {
    const lines = labelLines('≈ US$2.67 billion', 80, 12);
    expect(lines).toEqual(['≈ US$2.67', 'billion']);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });

  it('breaks a caption into lines, and lets a single long word stand alone', () => {
    expect(labelLines("implied by the source's 'tripling'", 90, 11)).toEqual([
      'implied by the',
      "source's",
      "'tripling'",
    ]);
    expect(labelLines('extraordinarily', 10, 12)).toEqual(['extraordinarily']);
  });
});
