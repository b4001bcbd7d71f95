/**
 * The characters the font embedded in figures covers, as inclusive code point ranges: Latin with
 * Latin Extended-A, punctuation (– — “ ” …), currency (¥ € ₩), arrows (→) and maths (≈ ≥ −).
 * `scripts/figureFont.ts` cuts the font files to them; the SVG's `unicode-range` names them.
 */
export const FIGURE_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2bb, 0x2bc],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2044, 0x2044],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2199],
  [0x2200, 0x22ff],
  [0x25a0, 0x25cf],
];

const hex = (c: number): string => c.toString(16).toUpperCase().padStart(4, '0');

/** The ranges as a CSS `unicode-range` value: `U+0020-007E,U+00A0-017F,…`. */
export function unicodeRange(ranges: readonly (readonly [number, number])[]): string {
  return ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(',');
}
