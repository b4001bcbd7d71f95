/** A CSV file's bytes as a table: decoded as text (UTF-8, UTF-16 with a BOM, or Windows-1252). */
import { decodeText, type TextEncodingName } from '../document/decodeText';
import { readCsv, type CsvDelimiter, type CsvTable } from './readCsv';

export type CsvBytesRead =
  | { readonly ok: true; readonly table: CsvTable; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly message: string };

export function readCsvBytes(bytes: Uint8Array, delimiter?: CsvDelimiter): CsvBytesRead {
  const decoded = decodeText(bytes, { fallback: 'windows-1252' });
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const read = readCsv(decoded.text, delimiter);
  return read.ok ? { ...read, encoding: decoded.encoding } : read;
}
