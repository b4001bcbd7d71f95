/**
 * The charts of a brief's issue areas: the renderer draws each measure's chart (it needs a
 * browser to lay text out) from `briefChartModel`, and the brief takes the drawn SVG with the
 * caption, source line and alt text read from the same model; a measure with no points to draw,
 * or whose chart could not be drawn, is said to be so in the document.
 */
import type { Case, Measure } from '../case/schema';
import { buildChartModel } from '../charts/chartModel';
import type { ChartModel } from '../charts/types';
import { altTextOf } from '../figures/altText';
import type { PeriodPair } from '../user/verdict';
import type { BriefFigure } from './briefModel';

/** A chart as the renderer drew it, or why it could not. */
export type DrawnChart =
  | { readonly svg: string; readonly width: number; readonly height: number }
  | { readonly failed: string };

/** The width, in CSS pixels, every chart of a brief is drawn at (175 mm at 96 dpi). */
export const BRIEF_FIGURE_WIDTH = 661;

/** The chart model of a measure as a brief shows it: the pair's two periods compared. */
export function briefChartModel(kase: Case, measure: Measure, pair: PeriodPair): ChartModel {
  const compared = kase.periods.filter((p) => p.id === pair.from || p.id === pair.to);
  return buildChartModel(kase, measure, { compared });
}

/** The measures of an issue area, in case order. */
export function measuresOf(kase: Case, issueId: string): readonly Measure[] {
  return kase.measures.filter((m) => m.issue === issueId);
}

/** Whether a chart of `model` has anything to draw. */
export function hasPoints(model: ChartModel): boolean {
  return model.points.length > 0;
}

export function briefFigure(
  kase: Case,
  measure: Measure,
  pair: PeriodPair,
  drawn: DrawnChart | undefined,
  number: number,
): BriefFigure {
  const model = briefChartModel(kase, measure, pair);
  const caption = model.subtitle ? `${model.title}. ${model.subtitle}` : model.title;
  const base = { measureId: measure.id, caption, sourceLine: model.sourceLine };
  if (!hasPoints(model)) {
    return {
      kind: 'not-drawn',
      ...base,
      reason: `Cannot be drawn: the sources give no points for ${model.title}.`,
    };
  }
  if (!drawn || 'failed' in drawn) {
    return {
      kind: 'not-drawn',
      ...base,
      reason: `Cannot be drawn: ${drawn ? drawn.failed : 'the chart was not drawn'}.`,
    };
  }
  return {
    kind: 'chart',
    ...base,
    number,
    altText: altTextOf(model, kase.periods),
    svg: drawn.svg,
    width: drawn.width,
    height: drawn.height,
    fileName: `figure-${number}-${measure.id}.svg`,
  };
}

/** The sources behind the points of a measure's chart, for the bibliography. */
export function figureSourceIds(model: ChartModel): readonly string[] {
  return [...new Set(model.points.map((p) => p.sourceId).filter((id) => id !== ''))];
}
