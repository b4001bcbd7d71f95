/**
 * Turning a figure's pages into the files the analyst asked for, and handing each to the host.
 * PNGs and the PDF are made from the same SVG pages (PNG at 2×), so the formats never disagree;
 * the PDF holds every page in one file, as a paper's appendix would.
 */
import type { FigurePage } from '../../../core/figures/sideBySideSvg';
import { deliverFile, type DeliveryOutcome } from '../api/deliverFile';
import { pdfBlob, pngBlob, svgBlob } from './figureFiles';
import type { LabelledKeys } from './labelledKeys';

export type ComparisonFigureFormat = 'svg' | 'png' | 'pdf' | 'csv';

export const FIGURE_FORMATS: LabelledKeys<ComparisonFigureFormat> = [
  { key: 'svg', label: 'SVG (vector)' },
  { key: 'png', label: 'PNG 2×' },
  { key: 'pdf', label: 'PDF (vector, every page in one file)' },
  { key: 'csv', label: 'CSV of the claims' },
];

export const PNG_SCALE = 2;

/** `<base>.<ext>`, or `<base>-p<n>.<ext>` for a figure of several pages. */
export function pageFileName(base: string, ext: string, index: number, count: number): string {
  return count > 1 ? `${base}-p${index + 1}.${ext}` : `${base}.${ext}`;
}

/**
 * Writes every page as `format`, one file each (one PDF for all); the outcomes in page order.
 * `title` names the PDF's document.
 */
export async function deliverPages(
  caseId: string,
  base: string,
  pages: readonly FigurePage[],
  format: 'svg' | 'png' | 'pdf',
  title: string,
): Promise<DeliveryOutcome[]> {
  if (format === 'pdf') {
    return [await deliverFile(caseId, `${base}.pdf`, await pdfBlob(pages, title))];
  }
  const outcomes: DeliveryOutcome[] = [];
  for (const [index, page] of pages.entries()) {
    const name = pageFileName(base, format, index, pages.length);
    const blob = format === 'svg' ? svgBlob(page) : await pngBlob(page, PNG_SCALE);
    const outcome = await deliverFile(caseId, name, blob);
    outcomes.push(outcome);
    if (outcome.status === 'cancelled') break;
  }
  return outcomes;
}

/** What the dialog says after an export. */
export function outcomeText(outcomes: readonly DeliveryOutcome[]): string {
  const done = outcomes.filter((o) => o.status !== 'cancelled');
  if (done.length === 0) return 'Nothing was written.';
  const names = done.map((o) => (o.status === 'saved' ? o.path : o.fileName));
  const verb = done.every((o) => o.status === 'saved') ? 'Saved' : 'Downloaded';
  return `${verb} ${names.join(', ')}.`;
}
