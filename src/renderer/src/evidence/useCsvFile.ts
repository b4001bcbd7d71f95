import { useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import type { CsvTarget } from '../../../core/evidence/api';
import type { CsvContext, CsvMappingInput } from '../../../core/evidence/csv/csvMapping';
import { csvPreview, type CsvPreview } from '../../../core/evidence/csv/csvPreview';
import type { CsvTable } from '../../../core/evidence/csv/readCsv';
import { readCsvBytes } from '../../../core/evidence/csv/readCsvBytes';
import type { TextEncodingName } from '../../../core/evidence/document/decodeText';
import { readFileBytes } from './files';

export interface PickedCsv {
  readonly name: string;
  /** The file's bytes as base64, sent once, on import. */
  readonly base64: string;
  readonly table: CsvTable;
  readonly encoding: TextEncodingName;
}

export interface CsvFile {
  readonly picked: PickedCsv | undefined;
  readonly preview: CsvPreview | undefined;
  /** Reads a file; resolves to a message naming it when it cannot be read as CSV. */
  readonly pick: (file: File) => Promise<string | undefined>;
  readonly setMapping: (mapping: CsvMappingInput) => void;
  readonly clear: () => void;
}

function targetOf(kase: Case, target: CsvTarget | null, fileName: string) {
  const context: CsvContext = { fileName, periods: kase.periods, sources: kase.sources };
  if (!target) return { context, problems: [] };
  if ('newMeasure' in target) {
    return {
      context: { ...context, unit: target.newMeasure.unit as CsvContext['unit'] },
      problems: [],
    };
  }
  const measure = kase.measures.find((m) => m.id === target.measure);
  if (!measure)
    return { context, problems: [`there is no measure "${target.measure}" in this case`] };
  return { context: { ...context, unit: measure.unit }, problems: [] };
}

/**
 * A CSV file picked for import, read and decoded once in the page; its preview is recomputed
 * here on every mapping or target change, so the file crosses to the host only on import.
 */
export function useCsvFile(kase: Case | undefined, target: CsvTarget | null): CsvFile {
  const [picked, setPicked] = useState<PickedCsv | undefined>(undefined);
  const [mapping, setMapping] = useState<CsvMappingInput | null>(null);

  const preview = useMemo(() => {
    if (!picked || !kase) return undefined;
    const { context, problems } = targetOf(kase, target, picked.name);
    return csvPreview(picked.table, mapping, context, problems);
  }, [picked, kase, target, mapping]);

  const pick = async (file: File): Promise<string | undefined> => {
    const read = await readFileBytes(file);
    if (!read.ok) return read.message;
    const csv = readCsvBytes(read.content.bytes);
    if (!csv.ok) return `“${read.name}”: ${csv.message}`;
    // No source is assumed: figures credited to the wrong source are worse than a question.
    const first = kase
      ? csvPreview(csv.table, null, targetOf(kase, target, read.name).context).mapping
      : null;
    setMapping(first);
    setPicked({
      name: read.name,
      base64: read.content.base64,
      table: csv.table,
      encoding: csv.encoding,
    });
    return undefined;
  };

  const clear = (): void => {
    setPicked(undefined);
    setMapping(null);
  };

  return { picked, preview, pick, setMapping, clear };
}
