/**
 * What a CSV import would do, computed where the file was picked: the columns, the mapping used
 * (the one chosen or one guessed from the header), the first points and every bad row. Pure, so
 * the UI recomputes it on each mapping change without sending the file again.
 */
import { z } from 'zod';
import { PointInput } from '../../user/items';
import {
  CsvMapping,
  guessMapping,
  mapRows,
  mappingProblems,
  type CsvContext,
  type CsvMappingInput,
  type MappedPoint,
} from './csvMapping';
import type { BadRow, CsvTable } from './readCsv';

const SAMPLE_ROWS = 20;
const MAX_BAD_ROWS_SHOWN = 1000;
const Line = z.number().int().positive();

export const CsvPreview = z.strictObject({
  fileName: z.string(),
  delimiter: z.enum([',', ';', '\t', '|']),
  /** The header row: one entry per column, `index` 0-based as the mapping uses. */
  columns: z.array(z.strictObject({ index: z.number().int().nonnegative(), name: z.string() })),
  /** Data rows read (bad rows included). */
  rowCount: z.number().int().nonnegative(),
  /** The first rows as read, for the preview table. */
  sample: z.array(z.strictObject({ line: Line, cells: z.array(z.string()) })),
  /** The mapping used: the one given, or one guessed from the header (null if none fits). */
  mapping: CsvMapping.nullable(),
  /** What is wrong with the mapping itself (a column that does not exist, no source). */
  mappingProblems: z.array(z.string()),
  /** The first points the rows become. */
  points: z.array(z.strictObject({ line: Line, point: PointInput })),
  /** How many rows become points. */
  pointCount: z.number().int().nonnegative(),
  /** Every row that cannot be imported (up to 1,000), with its line and the reason. */
  badRows: z.array(z.strictObject({ line: Line, reason: z.string() })),
  badRowCount: z.number().int().nonnegative(),
});
export type CsvPreview = z.infer<typeof CsvPreview>;

/**
 * The preview of `table` under `mappingInput` (guessed when null). `problems` are what the caller
 * found wrong with the target (a missing measure): with any, no row is judged.
 */
export function csvPreview(
  table: CsvTable,
  mappingInput: CsvMappingInput | null,
  context: CsvContext,
  problems: readonly string[] = [],
): CsvPreview {
  const found = [...problems];
  const guessed = mappingInput ?? guessMapping(table);
  const mapping = guessed === undefined ? null : CsvMapping.parse(guessed);
  if (!mapping) found.push('no column looks like the value: choose the value column');
  else found.push(...mappingProblems(table, mapping));

  let points: readonly MappedPoint[] = [];
  let badRows: readonly BadRow[] = table.badRows;
  if (mapping && found.length === 0) {
    const mapped = mapRows(table.rows, mapping, context);
    points = mapped.points;
    badRows = [...table.badRows, ...mapped.badRows].sort((a, b) => a.line - b.line);
  }
  return {
    fileName: context.fileName,
    delimiter: table.delimiter,
    columns: table.header.map((name, index) => ({ index, name })),
    rowCount: table.rows.length + table.badRows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({ line: r.line, cells: [...r.cells] })),
    mapping,
    mappingProblems: found,
    points: points.slice(0, SAMPLE_ROWS).map((p) => ({ line: p.line, point: p.point })),
    pointCount: points.length,
    badRows: badRows.slice(0, MAX_BAD_ROWS_SHOWN),
    badRowCount: badRows.length,
  };
}
