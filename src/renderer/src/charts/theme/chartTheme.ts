/**
 * The chart palette, read from the theme's CSS variables at render time: charts follow the
 * light/dark theme, and the SVG they draw carries plain colours an export can keep as they are.
 */
import { useSyncExternalStore } from 'react';
import type { FigurePalette } from '../../../../core/figures/figurePalette';
import type { ColorToken } from '../../../../core/charts/types';
import { withThemeLookup } from '../../ui/themeColor';

export type ChartTheme = FigurePalette;

const PERIOD_VARS = [
  '--chart-period-0',
  '--chart-period-1',
  '--chart-period-2',
  '--chart-period-3',
  '--chart-period-4',
  '--chart-period-5',
];

/** Reads the palette from the variables in effect on `root` (the document's, by default). */
export function readChartTheme(root: Element = document.documentElement): ChartTheme {
  return withThemeLookup((lookup) => {
    const v = (name: string, fallback: string): string => lookup(name) || fallback;
    return {
      periods: PERIOD_VARS.map((name) => v(name, '#2f5fa7')),
      roles: {
        outcome: v('--chart-role-outcome', '#46596b'),
        request: v('--chart-role-request', '#a3271b'),
        target: v('--chart-role-target', '#6a3f9e'),
        pledge: v('--chart-role-pledge', '#1e6b43'),
      },
      neutral: v('--chart-neutral', '#5b606b'),
      fg: v('--fg', '#1d1f24'),
      muted: v('--fg-muted', '#5b606b'),
      grid: v('--chart-grid', '#e6e2d8'),
      bg: v('--bg-raised', '#ffffff'),
      bandOpacity: alphaOf(lookup('--chart-band')) ?? 0.08,
    };
  }, root);
}

/** The alpha of an `rgba(…)`: the band's opacity is carried as one (light-dark() takes colours). */
function alphaOf(color: string): number | undefined {
  const alpha = /^rgba\((?:\s*[\d.]+\s*,){3}\s*([\d.]+)\s*\)$/.exec(color)?.[1];
  return alpha === undefined ? undefined : Number(alpha);
}

export function colorOf(token: ColorToken, theme: ChartTheme): string {
  switch (token.kind) {
    case 'period':
      return theme.periods[Math.max(0, token.index) % theme.periods.length] ?? theme.neutral;
    case 'role':
      return theme.roles[token.role];
    case 'neutral':
      return theme.neutral;
    case 'ink':
      return theme.fg;
  }
}

let cached: { readonly key: string; readonly theme: ChartTheme } | undefined;
/** Set when the theme may have changed since the palette was last read. */
let stale = true;
let watching = false;

/**
 * The palette, read again only after a theme change: React asks for a snapshot on every render
 * of every chart, and each read resolves colours through a probe element, forcing a style pass.
 */
function snapshot(): ChartTheme {
  if (!watching) {
    watching = true;
    // Kept for the page's life, so a change made while no chart is mounted is not missed.
    watchTheme(() => {
      stale = true;
    });
  }
  if (stale || !cached) {
    stale = false;
    const theme = readChartTheme();
    const key = JSON.stringify(theme);
    if (cached?.key !== key) cached = { key, theme };
  }
  return cached.theme;
}

function watchTheme(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  // The toolbar's theme switch sets <html data-theme>.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

function subscribe(onChange: () => void): () => void {
  return watchTheme(() => {
    stale = true;
    onChange();
  });
}

/** The palette now, re-read whenever the theme changes. */
export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, snapshot);
}
