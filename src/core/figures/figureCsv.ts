/**
 * The data behind a side-by-side figure: one row per claim, UTF-8 with a byte-order mark so
 * spreadsheet programs read ¥ and ≈, formulae neutralised as in chart data (papaparse).
 */
import Papa from 'papaparse';
import type { SideBySideModel } from './sideBySideModel';
import { MODALITY_NAMES } from './sideBySideModel';

export const FIGURE_CSV_COLUMNS = [
  'row',
  'period',
  'modality',
  'statement',
  'quote',
  'citation',
  'verdict',
  'rationale',
] as const;

/** The CSV text, starting with U+FEFF; rows with no claim still appear once, with their verdict. */
export function sideBySideCsv(model: SideBySideModel, rowIds?: readonly string[]): string {
  const wanted = rowIds ? new Set(rowIds) : undefined;
  const data: string[][] = [];
  for (const row of model.rows) {
    if (wanted && !wanted.has(row.dimensionId)) continue;
    const verdict = row.verdict?.label ?? 'Not judged';
    const rationale = row.verdict?.rationale ?? '';
    const sides = [
      { label: model.fromLabel, claims: row.from },
      { label: model.toLabel, claims: row.to },
    ];
    const before = data.length;
    for (const side of sides) {
      for (const c of side.claims) {
        const citation = c.locator ? `${c.citation}, ${c.locator}` : c.citation;
        data.push([
          row.label,
          side.label,
          MODALITY_NAMES[c.modality],
          c.statement,
          c.quote,
          citation,
          verdict,
          rationale,
        ]);
      }
    }
    if (data.length === before) data.push([row.label, '', '', '', '', '', verdict, rationale]);
  }
  const csv = Papa.unparse(
    { fields: [...FIGURE_CSV_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${csv}\r\n`;
}
