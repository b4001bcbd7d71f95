/**
 * The font embedded in figures, read from the committed files: it has a glyph for every
 * character figure text uses (≈ and → among them, which Fontsource's subsets lack), and covers
 * nothing outside the ranges its `unicode-range` names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_FONT_RANGES, unicodeRange } from '../../src/core/figures/figureFontRanges';

const FONTS = path.resolve(__dirname, '../../src/renderer/src/figures/fonts');

/** The code points a TrueType font maps to a glyph, from its cmap (formats 4 and 12). */
function codePoints(file: string): Set<number> {
  const font = readFileSync(path.join(FONTS, file));
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + 16 * i;
    if (font.toString('latin1', record, record + 4) === 'cmap') {
      cmap = font.readUInt32BE(record + 8);
    }
  }
  expect(cmap, `${file} has a cmap table`).toBeGreaterThan(0);
  const found = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const at = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s += 1) {
        const end = font.readUInt16BE(ends + 2 * s);
        const start = font.readUInt16BE(starts + 2 * s);
        const delta = font.readInt16BE(deltas + 2 * s);
        const offset = font.readUInt16BE(offsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c += 1) {
          const glyph =
            offset === 0
              ? (c + delta) & 0xffff
              : font.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start));
          if (glyph !== 0) found.add(c);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g += 1) {
        const start = font.readUInt32BE(at + 16 + 12 * g);
        const end = font.readUInt32BE(at + 20 + 12 * g);
        for (let c = start; c <= end; c += 1) found.add(c);
      }
    }
  }
  return found;
}

const inRanges = (c: number): boolean =>
  FIGURE_FONT_RANGES.some(([from, to]) => c >= from && c <= to);

describe('the font embedded in figures', () => {
  const needed = 'Aa0 ¥£€₩≈≥≤−×÷–—“”‘’…→↑·ōŌéü%';
  for (const file of [
    'inter-figure-400.ttf',
    'inter-figure-600.ttf',
    'inter-figure-400-italic.ttf',
  ]) {
    it(`${file} has a glyph for every character figure text uses`, () => {
      const points = codePoints(file);
      const missing = [...needed].filter((ch) => !points.has(ch.codePointAt(0)!));
      expect(missing).toEqual([]);
      expect(points.has(0x2248)).toBe(true);
      // The unicode-range may promise only what the file holds a glyph for... or less.
      expect([...points].filter((c) => !inRanges(c))).toEqual([]);
    });
  }

  it('names its ranges as CSS unicode-range', () => {
    const range = unicodeRange(FIGURE_FONT_RANGES);
    expect(range.startsWith('U+0020-007E,U+00A0-017F,')).toBe(true);
    expect(range).toContain('U+2200-22FF');
    expect(unicodeRange([[0x2248, 0x2248]])).toBe('U+2248');
  });
});
