/** The pages of a figure, laid out with widths measured in the fonts the page has loaded. */
import { useMemo } from 'react';
import type { Case } from '../../../core/case/schema';
import { overviewSvg } from '../../../core/figures/overviewSvg';
import { sideBySideModel, sourceLine } from '../../../core/figures/sideBySideModel';
import { sideBySideSvg, type FigurePage } from '../../../core/figures/sideBySideSvg';
import type { SideBySideModel } from '../../../core/figures/sideBySideModel';
import type { PeriodPair, UserLayer } from '../../../core/user/schema';
import { measureTextWidth } from '../charts/export/textLayout';
import { FIGURE_FONT_CSS } from './figureFont';

export type FigureSubject =
  { readonly kind: 'issue'; readonly issueId: string } | { readonly kind: 'overview' };

export interface FigurePages {
  readonly pages: readonly FigurePage[];
  /** The side-by-side's rows (for the row picker and the CSV); null for the overview. */
  readonly model: SideBySideModel | null;
  /** The file name without extension: `<case>-<what>`. */
  readonly base: string;
}

export function useFigurePages(
  kase: Case,
  layer: UserLayer,
  pair: PeriodPair,
  subject: FigureSubject,
  rowIds: readonly string[] | undefined,
): FigurePages {
  return useMemo(() => {
    const pairPart = `${pair.from}-${pair.to}`;
    if (subject.kind === 'overview') {
      return {
        pages: [overviewSvg(kase, layer, pair, measureTextWidth, { css: FIGURE_FONT_CSS })],
        model: null,
        base: `${kase.id}-overview-${pairPart}`,
      };
    }
    const model = sideBySideModel(kase, layer, subject.issueId, pair);
    if (!model) return { pages: [], model: null, base: kase.id };
    const wanted = rowIds ? new Set(rowIds) : undefined;
    const rows = model.rows.filter((r) => !wanted || wanted.has(r.dimensionId));
    const pages = sideBySideSvg(model, {
      source: sourceLine(kase, rows),
      measure: measureTextWidth,
      rowIds,
      css: FIGURE_FONT_CSS,
    });
    return { pages, model, base: `${kase.id}-${subject.issueId}-${pairPart}` };
  }, [kase, layer, pair, subject, rowIds]);
}
