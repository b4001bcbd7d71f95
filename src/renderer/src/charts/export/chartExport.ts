/**
 * The exports of one chart, callable without the menu (a benchmark calls them directly): SVG and
 * PNG of the figure as rendered, CSV and JSON of the plotted data, and their file names.
 */
import { exportRows, toCsv, toJson } from '../../../../core/charts/exportRows';
import type { ChartModel } from '../../../../core/charts/types';
import { withThemeLookup } from '../../ui/themeColor';
import { buildExportSvg, type ExportedSvg, type ExportInput } from './buildExportSvg';
import { svgToPng } from './rasterize';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

export const PNG_SCALES = [1, 2, 3] as const;

/** `<case-id>-<measure-id>.<ext>`, with `-2x`/`-3x` for larger PNGs. */
export function exportFileName(model: ChartModel, format: ExportFormat, scale = 1): string {
  const suffix = format === 'png' && scale !== 1 ? `-${scale}x` : '';
  return `${model.fileStem}${suffix}.${format}`;
}

/** What the export needs from a chart on screen: its SVG, legend swatches and colours. */
export function exportInputFrom(model: ChartModel, figure: HTMLElement): ExportInput {
  const chart = figure.querySelector<SVGSVGElement>('.chart-plot svg.recharts-surface');
  if (!chart) throw new Error('the chart has not been drawn yet');
  const background = getComputedStyle(figure).backgroundColor;
  const colors = withThemeLookup((lookup) => ({
    background: background || lookup('--bg-raised') || '#ffffff',
    text: lookup('--fg') || '#1d1f24',
    muted: lookup('--fg-muted') || '#5b606b',
  }));
  return {
    chart,
    title: model.title,
    subtitle: model.subtitle,
    legend: model.legend.map((entry) => ({
      label: entry.label,
      swatch:
        Array.from(figure.querySelectorAll<HTMLElement>('.chart-legend li'))
          .find((li) => li.dataset['legendLabel'] === entry.label)
          ?.querySelector<SVGSVGElement>('svg') ?? null,
    })),
    notes: model.notes,
    derivedNote: model.derivedNote,
    sourceLine: model.sourceLine,
    colors,
  };
}

/** The image as SVG: synchronous, so it costs one pass over the chart's elements. */
export function exportSvg(input: ExportInput): ExportedSvg {
  return buildExportSvg(input);
}

export async function exportPng(
  input: ExportInput,
  scale: number,
): Promise<{ readonly blob: Blob; readonly width: number; readonly height: number }> {
  const { svg, width, height } = buildExportSvg(input);
  const blob = await svgToPng(svg, width, height, scale);
  return { blob, width: width * scale, height: height * scale };
}

export function exportCsv(model: ChartModel): string {
  return toCsv(exportRows(model));
}

export function exportJson(model: ChartModel): string {
  return toJson(model, exportRows(model));
}
