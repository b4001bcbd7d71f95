/**
 * A CSV file as a header and rows, each row with the line it starts on, so every problem can
 * be reported by line. papaparse does the parsing (quoted fields, delimiter detection); this
 * adds the line numbers, drops a BOM and blank lines, and reports rows papaparse could not read.
 */
import Papa from 'papaparse';
import { plural } from '../../format/plural';

export const MAX_CSV_ROWS = 100_000;
export const MAX_CSV_COLUMNS = 200;

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface BadRow {
  readonly line: number;
  readonly reason: string;
}

export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Rows that could not be read as CSV (an unclosed quote, a wrong number of fields). */
  readonly badRows: readonly BadRow[];
}

export type CsvRead =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly message: string };

export type CsvDelimiter = ',' | ';' | '\t' | '|';

export function readCsv(input: string, delimiter?: CsvDelimiter): CsvRead {
  if (input.includes('\u0000')) {
    return { ok: false, message: 'it is a binary file, not CSV text (it holds NUL characters)' };
  }
  // One line ending throughout, so offsets count lines simply; a BOM is not part of the header.
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { ok: false, message: 'the file is empty' };

  const usedDelimiter = delimiter ?? guessDelimiter(text);
  const raw: { cells: string[]; end: number; error?: string }[] = [];
  let aborted: string | undefined;
  Papa.parse<string[]>(text, {
    delimiter: usedDelimiter,
    step: (result, parser) => {
      if (raw.length > MAX_CSV_ROWS + 1) {
        aborted = `it has more than ${MAX_CSV_ROWS.toLocaleString('en')} rows; import it in parts`;
        parser.abort();
        return;
      }
      const error = result.errors.find((e) => e.type !== 'Delimiter');
      raw.push({
        cells: result.data,
        end: result.meta.cursor,
        ...(error ? { error: describe(error) } : {}),
      });
    },
  });
  if (aborted) return { ok: false, message: aborted };

  // A row starts where the previous one ended, past its line break.
  const rows: CsvRow[] = [];
  const badRows: BadRow[] = [];
  let header: string[] | undefined;
  let start = 0;
  let line = 1;
  let counted = 0;
  for (const r of raw) {
    for (; counted < start; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
    const here = line;
    start = r.end + 1;
    if (r.cells.length === 1 && r.cells[0]!.trim() === '' && !r.error) continue;
    if (!header) {
      if (r.error) return { ok: false, message: `line ${here}: the header row ${r.error}` };
      header = r.cells.map((c) => c.trim());
      if (header.length > MAX_CSV_COLUMNS) {
        return {
          ok: false,
          message: `it has ${header.length} columns; at most ${MAX_CSV_COLUMNS} are read`,
        };
      }
      continue;
    }
    if (r.error) badRows.push({ line: here, reason: r.error });
    else if (r.cells.length !== header.length) {
      badRows.push({
        line: here,
        reason: `the row has ${plural(r.cells.length, 'field', 'fields')}; the header has ${header.length}`,
      });
    } else rows.push({ line: here, cells: r.cells });
  }
  if (!header) return { ok: false, message: 'the file is empty' };
  if (rows.length === 0 && badRows.length === 0) {
    return { ok: false, message: 'it has a header row but no data rows' };
  }
  return { ok: true, table: { delimiter: usedDelimiter, header, rows, badRows } };
}

function describe(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'has a quoted field that is never closed';
    case 'InvalidQuotes':
      return 'has a stray quote inside a quoted field (write "" for a quote inside quotes)';
    case 'TooFewFields':
    case 'TooManyFields':
    case 'UndetectableDelimiter':
      return error.message.toLowerCase();
  }
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter that splits the first lines into the same number (two or more) of fields most
 * consistently; ',' when none does. papaparse's own guess needs more rows than a short file has.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 65536);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 20 }).data.filter(
      (r) => !(r.length === 1 && r[0]!.trim() === ''),
    );
    const fields = rows[0]?.length ?? 0;
    if (fields < 2) continue;
    const score = rows.filter((r) => r.length === fields).length * 1000 + fields;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
