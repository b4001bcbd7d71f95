/**
 * A chart drawn for the page: rendered off-screen at the figure's own width, in the figure's
 * palette, then made into one standalone SVG with its header, legend, footer, `<title>`,
 * `<desc>` and embedded font. Nothing is read from the chart on screen or the window's size, so
 * the same chart gives the same file from any window.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartModel } from '../../../core/charts/types';
import { FIGURE_PALETTES, type FigureTheme } from '../../../core/figures/figurePalette';
import { ChartLegend } from '../charts/ChartLegend';
import { buildExportSvg, type ExportedSvg } from '../charts/export/buildExportSvg';
import { Plot, PLOT_HEIGHT } from '../charts/plots/Plot';
import { FIGURE_FONT_CSS } from './figureFont';

/** The words around the plot, as the analyst edited them. */
export interface FigureText {
  readonly title: string;
  readonly subtitle: string;
  readonly notes: string;
  readonly sourceLine: string;
  readonly altText: string;
}

export interface FigureSpec {
  readonly width: number;
  /** A fixed height (a slide): the plot grows or shrinks to fill it. */
  readonly height?: number;
  readonly theme: FigureTheme;
}

const PAD = 24;
const MIN_PLOT_HEIGHT = 120;
let drawn = 0;

/** Figures drawn in this session, newest last: a preset or theme chosen again is not redrawn. */
const drawnFigures = new Map<string, Promise<ExportedSvg>>();
const DRAWN_KEPT = 12;
const modelIds = new WeakMap<ChartModel, number>();
let modelCount = 0;

function figureKey(model: ChartModel, spec: FigureSpec, text: FigureText): string {
  let id = modelIds.get(model);
  if (id === undefined) modelIds.set(model, (id = modelCount += 1));
  return JSON.stringify([id, spec.width, spec.height ?? null, spec.theme, text]);
}

/**
 * Draws `model` as a figure; resolves once the plot has been laid out. The same model, size,
 * theme and text give the same figure, so it is drawn once: mounting the chart is most of the
 * cost of an export, and the preview has drawn it already when a file is written.
 */
export function drawFigure(
  model: ChartModel,
  spec: FigureSpec,
  text: FigureText,
): Promise<ExportedSvg> {
  const key = figureKey(model, spec, text);
  const known = drawnFigures.get(key);
  if (known) {
    drawnFigures.delete(key);
    drawnFigures.set(key, known);
    return known;
  }
  const drawing = drawAnew(model, spec, text);
  drawnFigures.set(key, drawing);
  // A failed drawing is not kept: the next call tries again.
  drawing.catch(() => drawnFigures.delete(key));
  for (const old of drawnFigures.keys()) {
    if (drawnFigures.size <= DRAWN_KEPT) break;
    drawnFigures.delete(old);
  }
  return drawing;
}

async function drawAnew(
  model: ChartModel,
  spec: FigureSpec,
  text: FigureText,
): Promise<ExportedSvg> {
  const host = document.createElement('div');
  // Off-screen but laid out: text is measured and styles computed as for any element.
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${spec.width}px;visibility:visible;pointer-events:none`;
  host.setAttribute('aria-hidden', 'true');
  host.className = 'chart figure-offscreen';
  document.body.append(host);
  const root = createRoot(host);
  try {
    const plotWidth = spec.width - 2 * PAD;
    // A narrow column keeps most of the plot's height: scaled down with the width, the marks
    // and their labels crowded into a strip too low to read (seen at 85 mm).
    let plotHeight = Math.max(
      MIN_PLOT_HEIGHT,
      Math.round(PLOT_HEIGHT[model.kind] * Math.max(0.85, plotWidth / 620)),
    );
    plotHeight = Math.min(plotHeight, PLOT_HEIGHT[model.kind] + 120);
    let figure = await drawOnce(root, host, model, spec, text, plotWidth, plotHeight);
    if (spec.height !== undefined && figure.height !== spec.height) {
      // A fixed height: the plot takes what the header and footer leave.
      plotHeight = Math.max(MIN_PLOT_HEIGHT, plotHeight + spec.height - figure.height);
      figure = await drawOnce(root, host, model, spec, text, plotWidth, plotHeight);
    }
    return figure;
  } finally {
    root.unmount();
    host.remove();
  }
}

async function drawOnce(
  root: ReturnType<typeof createRoot>,
  host: HTMLElement,
  model: ChartModel,
  spec: FigureSpec,
  text: FigureText,
  plotWidth: number,
  plotHeight: number,
): Promise<ExportedSvg> {
  const theme = FIGURE_PALETTES[spec.theme];
  const idPrefix = `figure-${(drawn += 1)}`;
  flushSync(() =>
    root.render(
      <>
        <ChartLegend entries={model.legend} theme={theme} idPrefix={idPrefix} />
        <div className="chart-plot" style={{ width: plotWidth, height: plotHeight }}>
          <Plot
            model={model}
            theme={theme}
            width={plotWidth}
            height={plotHeight}
            idPrefix={idPrefix}
          />
        </div>
      </>,
    ),
  );
  const chart = await surfaceOf(host);
  const notes = text.notes
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return buildExportSvg({
    chart,
    title: text.title,
    subtitle: text.subtitle,
    legend: model.legend.map((entry) => ({
      label: entry.label,
      swatch:
        Array.from(host.querySelectorAll<HTMLElement>('.chart-legend li'))
          .find((li) => li.dataset['legendLabel'] === entry.label)
          ?.querySelector<SVGSVGElement>('svg') ?? null,
    })),
    notes,
    sourceLine: text.sourceLine,
    colors: { background: theme.bg, text: theme.fg, muted: theme.muted },
    width: spec.width,
    ...(spec.height !== undefined && { height: spec.height }),
    description: text.altText,
    css: FIGURE_FONT_CSS,
  });
}

/** The plot's SVG once Recharts has drawn into it (it lays out over a frame or two). */
async function surfaceOf(host: HTMLElement): Promise<SVGSVGElement> {
  for (let frame = 0; frame < 30; frame += 1) {
    const svg = host.querySelector<SVGSVGElement>('.chart-plot svg.recharts-surface');
    if (svg && svg.querySelector('.recharts-cartesian-axis')) return svg;
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
  throw new Error('the figure could not be drawn');
}
