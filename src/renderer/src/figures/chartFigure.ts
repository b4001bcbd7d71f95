/**
 * A chart's figure built from code, without a dialog on screen: what the export dialog draws,
 * for anything else that puts a chart on a page (a brief embeds it as SVG). The header and
 * footer are the case's own, with any edits laid over them (such as those remembered in the
 * user layer's `figureTexts`).
 */
import type { Case, Measure, Period } from '../../../core/case/schema';
import { buildChartModel } from '../../../core/charts/chartModel';
import type { ChartModel } from '../../../core/charts/types';
import { altTextOf } from '../../../core/figures/altText';
import type { FigureTheme } from '../../../core/figures/figurePalette';
import type { FigureTextOverrides } from '../../../core/user/figureText';
import type { ExportedSvg } from '../charts/export/buildExportSvg';
import { drawFigure, type FigureText } from './drawFigure';
import { figureBox, type CustomSize, type SizePreset } from './figureSize';

/** The figure text the case itself gives a chart. */
export function caseFigureText(kase: Case, model: ChartModel): FigureText {
  return {
    title: model.title,
    subtitle: model.subtitle,
    notes: [...model.notes, ...(model.derivedNote ? [model.derivedNote] : [])].join('\n'),
    sourceLine: model.sourceLine,
    altText: altTextOf(model, kase.periods),
  };
}

export interface ChartFigureOptions {
  /** The periods compared, in pane order; the case's default pair when absent. */
  readonly compared?: readonly Period[];
  readonly preset?: SizePreset;
  /** Used when `preset` is `custom`. */
  readonly custom?: CustomSize;
  readonly theme?: FigureTheme;
  /** Edits laid over the case's text, field by field. */
  readonly text?: FigureTextOverrides;
  /** The date an ongoing period ends at on a time axis; today when absent. */
  readonly asOf?: string;
}

/** Draws `measure`'s chart as a standalone figure SVG (font embedded, `<title>`, `<desc>`). */
export function buildChartFigureSvg(
  kase: Case,
  measure: Measure,
  options: ChartFigureOptions = {},
): Promise<ExportedSvg> {
  const compared =
    options.compared ?? kase.periods.filter((p) => kase.defaultComparison.includes(p.id));
  const model = buildChartModel(kase, measure, {
    compared,
    timeMode: 'calendar',
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
  });
  const box = figureBox(options.preset ?? 'double', options.custom ?? { unit: 'px', width: 800 });
  const text = { ...caseFigureText(kase, model), ...options.text };
  return drawFigure(model, { ...box, theme: options.theme ?? 'light' }, text);
}
