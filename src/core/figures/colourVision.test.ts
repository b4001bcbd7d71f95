import { describe, expect, it } from 'vitest';
import {
  ciede2000,
  contrastRatio,
  minimumDistance,
  toLab,
  parseHex,
  type Deficiency,
} from './colourVision';
import { FIGURE_PALETTES, FIGURE_THEMES } from './figurePalette';

const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
/** The periods a case compares side by side: the first three colours must stay apart. */
const COMPARED = 3;
/** Below about 10 CIEDE2000, neighbouring bars of a small figure read as one colour. */
const MINIMUM = 10;

describe('the figure palette and colour vision', () => {
  it('computes CIEDE2000 as the published test pairs give', () => {
    // Sharma, Wu & Dalal (2005), table 1, pairs 1 and 17.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(toLab(parseHex('#ffffff'))[0]).toBeCloseTo(100, 1);
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  for (const theme of FIGURE_THEMES) {
    // A period's colour names its band in text above it: it must read against the paper.
    it(`${theme}: each compared period's colour reads as text on the figure's background`, () => {
      const { periods, bg } = FIGURE_PALETTES[theme];
      for (const colour of periods.slice(0, COMPARED)) {
        expect(contrastRatio(colour, bg), colour).toBeGreaterThanOrEqual(3);
      }
    });

    const periods = FIGURE_PALETTES[theme].periods.slice(0, COMPARED);
    it(`keeps the ${theme} period colours apart with normal vision`, () => {
      expect(minimumDistance(periods)).toBeGreaterThanOrEqual(MINIMUM);
    });
    for (const deficiency of DEFICIENCIES) {
      it(`keeps the ${theme} period colours apart under ${deficiency}`, () => {
        expect(minimumDistance(periods, deficiency)).toBeGreaterThanOrEqual(MINIMUM);
      });
    }
  }

  it('tells apart colours that only normal vision separates', () => {
    // Red and green of equal lightness: the classic pair that deuteranopia merges.
    const pair = ['#b35a00', '#5a8a00'];
    expect(minimumDistance(pair)).toBeGreaterThan(MINIMUM);
    expect(minimumDistance(pair, 'deuteranopia')).toBeLessThan(MINIMUM);
  });
});
