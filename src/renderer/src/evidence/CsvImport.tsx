import { useMemo, useState } from 'react';
import type { CsvTarget } from '../../../core/evidence/api';
import { getApi } from '../api/getApi';
import { CsvMappingFields, type Remap } from './CsvMappingFields';
import { CsvPreviewTable } from './CsvPreviewTable';
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

/** Points from a CSV file: choose the measure, map the columns, see every bad row, import all or none. */
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
  if (!evidence || !kase) return null;
  const { caseId } = evidence;
  const { picked, preview } = csv;

  const pick = async (file: File): Promise<void> => {
    const problem = await csv.pick(file);
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
    try {
      const result = await operation.start((id) =>
        getApi().importCsvPoints(caseId, target, picked.name, picked.base64, mapping, id),
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
      setStatus({
        text: `${result.points} points imported from “${picked.name}”${label ? ` into “${label}”` : ''}.`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: errorText(error, picked.name), error: true });
    }
  };

  const ready =
    preview !== undefined &&
    preview.mapping !== null &&
    preview.mappingProblems.length === 0 &&
    preview.badRowCount === 0 &&
    preview.pointCount > 0 &&
    target !== null &&
    !operation.progress;

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
      {picked && preview && (
        <div className="import-preview" role="group" aria-label={`Preview of ${picked.name}`}>
          <p>
            <strong>{picked.name}</strong>
            {picked.encoding !== 'utf-8' && ` (read as ${ENCODING_LABELS[picked.encoding]})`}:{' '}
            {preview.rowCount} rows, {preview.pointCount} become points, {preview.badRowCount}{' '}
            {preview.badRowCount === 1 ? 'row has' : 'rows have'} problems.
          </p>
          <CsvMappingFields preview={preview} sources={kase.sources} onRemap={remap} />
          {preview.mappingProblems.length > 0 && (
            <ul className="problem-list" aria-label="Problems with the columns">
              {preview.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <CsvPreviewTable fileName={picked.name} preview={preview} />
          <OperationProgress operation={operation} what={`Importing ${picked.name}`} />
          <div className="form-actions">
            <button type="button" className="button" onClick={csv.clear}>
              Discard
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!ready}
              onClick={() => void runImport()}
            >
              Import {preview.pointCount} {preview.pointCount === 1 ? 'point' : 'points'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
