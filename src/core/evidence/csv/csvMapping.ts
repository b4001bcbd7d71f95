/**
 * Rows of a CSV file as points of a measure. The analyst maps columns to what a point holds
 * (value, date, period, unit, bound, quote, source, note, role, actor); every row that cannot
 * become a valid point is reported with its line and the reason, so an import can be all or
 * nothing and the preview can show what to fix.
 */
import { z } from 'zod';
import { Id, PointRole, type Bound, type Period, type Unit } from '../../case/schema';
import { PointInput, type PointDraft } from '../../user/items';
import { checkUnit, readBound, readDate, readPeriod, readSource, readUnitCell } from './csvCells';
import { plural } from '../../format/plural';
import { parseAmount, type DecimalMark } from './parseAmount';
import type { BadRow, CsvRow, CsvTable } from './readCsv';

const Column = z.number().int().min(0).max(999);

export const CSV_FIELDS = [
  'value',
  'date',
  'period',
  'unit',
  'bound',
  'quote',
  'source',
  'note',
  'role',
  'actor',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Which column (0-based) holds what, and the defaults for what no column gives. */
export const CsvMapping = z.strictObject({
  columns: z.strictObject({
    value: Column,
    date: Column.optional(),
    period: Column.optional(),
    unit: Column.optional(),
    bound: Column.optional(),
    quote: Column.optional(),
    source: Column.optional(),
    /** Becomes the point's label. */
    note: Column.optional(),
    role: Column.optional(),
    actor: Column.optional(),
  }),
  /** The source of rows whose source cell is empty (or of every row, with no source column). */
  source: Id.optional(),
  /** The period of rows that give none; otherwise it is inferred from the date. */
  period: Id.optional(),
  role: PointRole.optional(),
  decimal: z.enum(['.', ',']).default('.'),
  /** Multiplies every value: 1e9 when the column holds billions. */
  scale: z.number().positive().finite().default(1),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
});
export type CsvMapping = z.output<typeof CsvMapping>;
export type CsvMappingInput = z.input<typeof CsvMapping>;

export interface CsvContext {
  readonly fileName: string;
  /** The unit of the measure the points join; absent in a preview without a target. */
  readonly unit?: Unit;
  readonly periods: readonly Period[];
  /** Sources a source cell may name, by id or by title. */
  readonly sources: readonly { readonly id: string; readonly title: string }[];
}

export interface MappedPoint {
  readonly line: number;
  readonly point: PointDraft;
}

export interface CsvMapped {
  readonly points: readonly MappedPoint[];
  readonly badRows: readonly BadRow[];
}

const SYNONYMS: Readonly<Record<CsvField, RegExp>> = {
  value: /^(value|amount|figure|number|total|count|sum|level)s?$/i,
  date: /^(date|year|month|when|time|as of)$/i,
  period: /^(period|administration|term)$/i,
  unit: /^(unit|units|currency|scale)$/i,
  bound: /^(bound|qualifier|precision|approx(imate)?)$/i,
  quote: /^(quote|quotation|excerpt|text|passage|evidence)$/i,
  source: /^(source|citation|reference|ref)$/i,
  note: /^(note|notes|label|description|comment|remarks?)$/i,
  role: /^(role|kind|type)$/i,
  actor: /^(actor|who|country|by)$/i,
};

/** A first mapping from the header's names; `undefined` when no column looks like the value. */
export function guessMapping(table: CsvTable): CsvMappingInput | undefined {
  const columns: Partial<Record<CsvField, number>> = {};
  table.header.forEach((name, index) => {
    const field = CSV_FIELDS.find((f) => SYNONYMS[f].test(name.trim()));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  if (columns.value === undefined) {
    // The first column other than the date whose cells are mostly numbers.
    const sample = table.rows.slice(0, 50);
    const numeric = table.header.findIndex(
      (_, index) =>
        index !== columns.date &&
        sample.length > 0 &&
        sample.filter((r) => parseAmount(r.cells[index] ?? '').ok).length >= sample.length * 0.8,
    );
    if (numeric === -1) return undefined;
    columns.value = numeric;
  }
  const { value, ...rest } = columns;
  return { columns: { value: value!, ...rest }, delimiter: table.delimiter };
}

/** Problems with the mapping itself (a column that does not exist), before any row is read. */
export function mappingProblems(table: CsvTable, mapping: CsvMapping): string[] {
  const problems: string[] = [];
  for (const field of CSV_FIELDS) {
    const index = mapping.columns[field];
    if (index !== undefined && index >= table.header.length) {
      problems.push(
        `the ${field} column is set to column ${index + 1}, but the file has ${plural(table.header.length, 'column', 'columns')}`,
      );
    }
  }
  if (mapping.columns.source === undefined && mapping.source === undefined) {
    problems.push('choose a “Source of rows without one”, or map a Source column');
  }
  return problems;
}

/** Maps `rows` (all, or a batch of them) to points; never throws. */
export function mapRows(
  rows: readonly CsvRow[],
  mapping: CsvMapping,
  context: CsvContext,
): CsvMapped {
  const points: MappedPoint[] = [];
  const badRows: BadRow[] = [];
  for (const row of rows) {
    const result = mapRow(row, mapping, context);
    if (typeof result === 'string') badRows.push({ line: row.line, reason: result });
    else points.push({ line: row.line, point: result });
  }
  return { points, badRows };
}

function mapRow(row: CsvRow, mapping: CsvMapping, context: CsvContext): PointDraft | string {
  const cell = (field: CsvField): string | undefined => {
    const index = mapping.columns[field];
    if (index === undefined) return undefined;
    const value = row.cells[index]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  // Value, with what the value and unit cells say about currency, scale and percent.
  const rawValue = cell('value');
  if (rawValue === undefined) return 'there is no value';
  const parsed = parseAmount(rawValue, mapping.decimal as DecimalMark);
  if (!parsed.ok) return parsed.reason;
  const unitCell = cell('unit');
  const unitInfo = unitCell === undefined ? { scale: 1 } : readUnitCell(unitCell);
  if (typeof unitInfo === 'string') return unitInfo;
  const currency = parsed.amount.currency ?? unitInfo.currency;
  // Without a target measure (a first preview), there is no unit to check against.
  const unitProblem =
    context.unit &&
    checkUnit(context.unit, currency, parsed.amount.percent || unitInfo.percent === true);
  if (unitProblem) return unitProblem;
  const value = parsed.amount.value * unitInfo.scale * mapping.scale;
  if (!Number.isFinite(value)) return `'${rawValue}' is too large`;

  // Date and period.
  const rawDate = cell('date');
  const date = rawDate === undefined ? undefined : readDate(rawDate);
  if (typeof date === 'object') return date.problem;
  const period = readPeriod(cell('period'), mapping.period, date, context.periods);
  if (typeof period === 'object') return period.problem;

  // Bound, role, source, quote, label, actor.
  let bound: Bound | undefined = parsed.amount.bound;
  const rawBound = cell('bound');
  if (rawBound !== undefined) {
    const b = readBound(rawBound);
    if (!b)
      return `'${rawBound}' is not a bound: use exact, approximately, nearly, at least or or more`;
    bound = b;
  }
  const rawRole = cell('role');
  const role =
    rawRole === undefined ? mapping.role : PointRole.safeParse(rawRole.toLowerCase()).data;
  if (rawRole !== undefined && role === undefined) {
    return `'${rawRole}' is not a role: use outcome, request, target or pledge`;
  }
  const source = readSource(cell('source'), mapping.source, context.sources);
  if (typeof source === 'object') return source.problem;
  const quote = (cell('quote') ?? rawValue).replace(/\s+/g, ' ');
  if (quote.length > 1000)
    return `the quote has ${quote.length} characters; at most 1,000 are allowed`;
  const label = cell('note');
  if (label !== undefined && label.length > 200) {
    return `the note has ${label.length} characters; at most 200 are allowed`;
  }
  const actor = cell('actor');
  if (actor !== undefined && actor.length > 120) return 'the actor is longer than 120 characters';

  const point = PointInput.safeParse({
    period,
    ...(date === undefined ? {} : { date }),
    value,
    ...(bound === undefined ? {} : { bound }),
    ...(role === undefined ? {} : { role }),
    ...(actor === undefined ? {} : { actor }),
    ...(label === undefined ? {} : { label }),
    evidence: {
      source,
      selector: { type: 'TextQuoteSelector', exact: quote },
      locator: `${context.fileName.slice(0, 150)}, line ${row.line}`,
    },
  });
  if (!point.success) {
    const issue = point.error.issues[0]!;
    return `${issue.path.join('.') || 'the row'}: ${issue.message}`;
  }
  return point.data;
}
