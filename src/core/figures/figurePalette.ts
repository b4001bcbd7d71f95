/**
 * The colours of an exported figure, chosen for the page rather than read from the app's theme:
 * light by default, dark on request, and a greyscale-safe variant whose periods differ in
 * lightness alone. The period colours are checked against colour-vision deficiencies in a test.
 */
import type { PointRole } from '../case/schema';

export type FigureTheme = 'light' | 'dark' | 'grey';

export const FIGURE_THEMES: readonly FigureTheme[] = ['light', 'dark', 'grey'];

/** The colours of a figure or of the charts on screen (which read them from the theme's CSS). */
export interface FigurePalette {
  /** One colour per period, by its place in the case's chronology. */
  readonly periods: readonly string[];
  readonly roles: Readonly<Record<PointRole, string>>;
  readonly neutral: string;
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly bg: string;
  /** How strongly a period's band is tinted on a time axis. */
  readonly bandOpacity: number;
}

export const FIGURE_PALETTES: Readonly<Record<FigureTheme, FigurePalette>> = {
  light: {
    // Blue, bluish green, vermilion, purple, ochre, teal: apart in every simulated deficiency.
    periods: ['#2f5fa7', '#3f9e86', '#c4481c', '#6a3f9e', '#8a5300', '#1f6f6b'],
    roles: { outcome: '#46596b', request: '#b0312a', target: '#6a3f9e', pledge: '#1e6b43' },
    neutral: '#5b606b',
    fg: '#1d1f24',
    muted: '#4f545e',
    grid: '#e7e3d9',
    bg: '#ffffff',
    bandOpacity: 0.09,
  },
  dark: {
    periods: ['#8fb3ec', '#5fd0b0', '#f08a5d', '#c7a6f0', '#f0bd6a', '#7fd1cb'],
    roles: { outcome: '#b5c4d3', request: '#f4a197', target: '#c7a6f0', pledge: '#8fd6a8' },
    neutral: '#a3a7b0',
    fg: '#e6e4df',
    muted: '#b4b8c0',
    grid: '#2c3038',
    bg: '#1e2128',
    bandOpacity: 0.12,
  },
  grey: {
    // Lightness steps far enough apart to survive a black-and-white printer, and the lightest
    // still dark enough to read as a band's name.
    periods: ['#1a1a1a', '#5c5c5c', '#8f8f8f', '#404040', '#8c8c8c', '#262626'],
    roles: { outcome: '#3a3a3a', request: '#000000', target: '#5c5c5c', pledge: '#7a7a7a' },
    neutral: '#6b6b6b',
    fg: '#111111',
    muted: '#4a4a4a',
    grid: '#e2e2e2',
    bg: '#ffffff',
    bandOpacity: 0.1,
  },
};
