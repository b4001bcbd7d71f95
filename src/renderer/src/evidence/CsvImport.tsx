import { useMemo, useState } from 'react';
import type { CsvBadRows, CsvTarget } from '../../../core/evidence/api';
import { plural, pluralWord } from '../../../core/format/plural';
import { getApi } from '../api/getApi';
import { CsvMappingFields, type Remap } from './CsvMappingFields';
import { CsvImportActions } from './CsvImportActions';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvSkippedRows } from './CsvSkippedRows';
import { CsvSourceField } from './CsvSourceField';
import { useEvidence } from './EvidenceContext';
import { FilePicker } from './FilePicker';
import { errorText } from './files';
import { NewMeasureFields, draftOf, type NewMeasure } from './NewMeasureFields';
import { useCsvFile } from './useCsvFile';
import { OperationProgress, useOperation } from './useOperation';

const NEW = '__new__';
const ENCODING_LABELS = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

interface Skipped {
  readonly fileName: string;
  readonly rows: readonly { readonly line: number; readonly reason: string }[];
  readonly count: number;
}

/**
 * Points from a CSV file: choose the measure and the source, map the columns, see every bad row,
 * and import every row, or the good rows with the skipped ones listed.
 */
export function CsvImport(): React.JSX.Element | null {
  const evidence = useEvidence();
  const operation = useOperation();
  const kase = evidence?.merged.case;
  const [measure, setMeasure] = useState<string>(kase?.measures[0]?.id ?? NEW);
  const [fresh, setFresh] = useState<NewMeasure>({
    label: '',
    issue: kase?.issues[0]?.id ?? '',
    dimension: '',
    unitKind: 'money',
    currency: 'USD',
    noun: '',
    basis: 'annual',
  });
  const target = useMemo<CsvTarget | null>(
    () => (measure === NEW ? draftOf(fresh) : { measure }),
    [measure, fresh],
  );
  const csv = useCsvFile(kase, target);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  const [badRows, setBadRows] = useState<CsvBadRows>('refuse');
  const [skipped, setSkipped] = useState<Skipped>();
  if (!evidence || !kase) return null;
  const { caseId } = evidence;
  const { picked, preview } = csv;

  const pick = async (file: File): Promise<void> => {
    const problem = await csv.pick(file);
    setBadRows('refuse');
    setSkipped(undefined);
    setStatus(problem === undefined ? undefined : { text: problem, error: true });
  };

  const remap: Remap = (change, columns) => {
    if (!preview) return;
    const base = preview.mapping ?? { columns: { value: 0 } };
    const merged = { ...base.columns, ...columns };
    const cleaned = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
    csv.setMapping({ ...base, ...change, columns: cleaned as typeof base.columns });
  };

  const runImport = async (): Promise<void> => {
    if (!picked || !preview?.mapping || !target) return;
    const mapping = preview.mapping;
    const choice = preview.badRowCount > 0 ? badRows : 'refuse';
    try {
      const result = await operation.start((id) =>
        getApi().importCsvPoints(caseId, target, picked.name, picked.base64, mapping, id, choice),
      );
      if (result.status === 'cancelled') {
        return setStatus({
          text: `Import of “${picked.name}” cancelled: nothing was imported.`,
          error: false,
        });
      }
      evidence.applyUser(result.user);
      csv.clear();
      const label = evidence.merged.case.measures.find((m) => m.id === result.measure)?.label;
      setSkipped({ fileName: picked.name, rows: result.skipped, count: result.skippedCount });
      setStatus({
        text: `${plural(result.points, 'point', 'points')} imported from “${picked.name}”${label ? ` into “${label}”` : ''}${result.skippedCount > 0 ? `; ${plural(result.skippedCount, 'row', 'rows')} skipped` : ''}.`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: errorText(error, picked.name), error: true });
    }
  };

  const blocked =
    target === null
      ? 'Not yet: name the new measure and choose its issue area.'
      : operation.progress
        ? 'Importing…'
        : undefined;

  return (
    <section aria-labelledby="csv-import-title">
      <h3 id="csv-import-title">Import data points from CSV</h3>
      <div className="evidence-form">
        <div className="form-field form-field-wide">
          <label htmlFor="csv-measure">Into measure</label>
          <select id="csv-measure" value={measure} onChange={(e) => setMeasure(e.target.value)}>
            {kase.measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
            <option value={NEW}>A new measure…</option>
          </select>
        </div>
        {measure === NEW && (
          <NewMeasureFields value={fresh} issues={kase.issues} onChange={setFresh} />
        )}
      </div>
      <FilePicker
        label="Choose a CSV file"
        accept=".csv,.tsv,.txt,text/csv"
        disabled={evidence.readOnlyReason !== undefined || operation.progress !== undefined}
        onFile={(file) => void pick(file)}
      />
      <p className={status?.error ? 'form-failure' : 'form-status'} role="status">
        {status?.text}
      </p>
      {skipped && <CsvSkippedRows {...skipped} />}
      {picked && preview && (
        <div className="import-preview" role="group" aria-label={`Preview of ${picked.name}`}>
          <p>
            <strong>{picked.name}</strong>
            {picked.encoding !== 'utf-8' && ` (read as ${ENCODING_LABELS[picked.encoding]})`}:{' '}
            {plural(preview.rowCount, 'row', 'rows')}, {preview.pointCount}{' '}
            {pluralWord(preview.pointCount, 'becomes a point', 'become points')},{' '}
            {plural(preview.badRowCount, 'row has', 'rows have')} problems.
          </p>
          <CsvSourceField
            value={preview.mapping?.source}
            sources={kase.sources}
            onChange={(source) => remap({ source })}
          />
          <CsvMappingFields preview={preview} onRemap={remap} />
          {preview.mappingProblems.length > 0 && (
            <ul className="problem-list" aria-label="Problems with the columns">
              {preview.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <CsvPreviewTable fileName={picked.name} preview={preview} />
          <OperationProgress operation={operation} what={`Importing ${picked.name}`} />
          <CsvImportActions
            preview={preview}
            badRows={badRows}
            onBadRows={setBadRows}
            blocked={blocked}
            onDiscard={csv.clear}
            onImport={() => void runImport()}
          />
        </div>
      )}
    </section>
  );
}
