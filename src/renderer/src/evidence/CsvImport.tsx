import { useState } from 'react';
import { Currency, Measure } from '../../../core/case/schema';
import type { CsvPreview, CsvTarget } from '../../../core/evidence/api';
import {
  CSV_FIELDS,
  type CsvField,
  type CsvMappingInput,
} from '../../../core/evidence/csv/csvMapping';
import { MeasureDraft } from '../../../core/user/items';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { FilePicker } from './FilePicker';
import { errorText, readFileText } from './files';
import { OperationProgress, useOperation } from './useOperation';

interface Picked {
  readonly name: string;
  readonly text: string;
}

interface NewMeasure {
  label: string;
  issue: string;
  /** The row the measure belongs to; '' for the issue area as a whole. */
  dimension: string;
  unitKind: 'money' | 'percentGdp' | 'count' | 'people';
  currency: string;
  noun: string;
  basis: string;
}

const NEW = '__new__';
const FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  value: 'Value',
  date: 'Date',
  period: 'Period',
  unit: 'Unit',
  bound: 'Bound',
  quote: 'Quote',
  source: 'Source',
  note: 'Note (label)',
  role: 'Role',
  actor: 'Actor',
};

function draftOf(m: NewMeasure): CsvTarget | null {
  const unit =
    m.unitKind === 'money'
      ? { kind: 'money', currency: m.currency }
      : m.unitKind === 'percentGdp'
        ? { kind: 'percentGdp' }
        : { kind: m.unitKind, noun: m.noun.trim() };
  const parsed = MeasureDraft.safeParse({
    label: m.label.trim(),
    issue: m.issue,
    dimension: m.dimension || undefined,
    unit,
    basis: m.basis,
  });
  return parsed.success ? { newMeasure: parsed.data } : null;
}

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
  const [picked, setPicked] = useState<Picked | undefined>(undefined);
  const [preview, setPreview] = useState<CsvPreview | undefined>(undefined);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  if (!evidence || !kase) return null;
  const { caseId } = evidence;
  const target: CsvTarget | null = measure === NEW ? draftOf(fresh) : { measure };

  const runPreview = async (
    file: Picked,
    mapping: CsvMappingInput | null,
    to: CsvTarget | null,
  ): Promise<void> => {
    try {
      let next = await getApi().previewCsv(caseId, file.name, file.text, mapping, to);
      // Figures without a source column come from one source: start with the case's first.
      if (next.mapping && next.mapping.columns.source === undefined && !next.mapping.source) {
        const source = kase.sources[0]?.id;
        if (source) {
          next = await getApi().previewCsv(
            caseId,
            file.name,
            file.text,
            { ...next.mapping, source },
            to,
          );
        }
      }
      setPreview(next);
      setStatus(undefined);
    } catch (error) {
      setPreview(undefined);
      setStatus({ text: errorText(error, file.name), error: true });
    }
  };

  const pick = async (file: File): Promise<void> => {
    const read = await readFileText(file);
    if (!read.ok) return setStatus({ text: read.message, error: true });
    const next = { name: read.name, text: read.content };
    setPicked(next);
    await runPreview(next, null, target);
  };

  const remap = (
    change: Partial<CsvMappingInput>,
    columns?: Partial<Record<CsvField, number | undefined>>,
  ): void => {
    if (!picked || !preview) return;
    const base = preview.mapping ?? { columns: { value: 0 } };
    const merged = { ...base.columns, ...columns };
    const cleaned = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
    void runPreview(
      picked,
      { ...base, ...change, columns: cleaned as CsvMappingInput['columns'] },
      target,
    );
  };

  const retarget = (next: CsvTarget | null): void => {
    if (picked) void runPreview(picked, preview?.mapping ?? null, next);
  };

  const runImport = async (): Promise<void> => {
    if (!picked || !preview?.mapping || !target) return;
    const mapping = preview.mapping;
    try {
      const result = await operation.start((id) =>
        getApi().importCsvPoints(caseId, target, picked.name, picked.text, mapping, id),
      );
      if (result.status === 'cancelled') {
        return setStatus({
          text: `Import of “${picked.name}” cancelled: nothing was imported.`,
          error: false,
        });
      }
      evidence.applyUser(result.user);
      setPicked(undefined);
      setPreview(undefined);
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
          <select
            id="csv-measure"
            value={measure}
            onChange={(e) => {
              setMeasure(e.target.value);
              retarget(e.target.value === NEW ? draftOf(fresh) : { measure: e.target.value });
            }}
          >
            {kase.measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
            <option value={NEW}>A new measure…</option>
          </select>
        </div>
        {measure === NEW && (
          <NewMeasureFields
            value={fresh}
            issues={kase.issues}
            onChange={(next) => {
              setFresh(next);
              retarget(draftOf(next));
            }}
          />
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
            <strong>{picked.name}</strong>: {preview.rowCount} rows, {preview.pointCount} become
            points, {preview.badRowCount} {preview.badRowCount === 1 ? 'row has' : 'rows have'}{' '}
            problems.
          </p>
          <fieldset className="csv-mapping">
            <legend>Columns</legend>
            {CSV_FIELDS.map((field) => (
              <div key={field} className="form-field">
                <label htmlFor={`csv-col-${field}`}>{FIELD_LABELS[field]}</label>
                <select
                  id={`csv-col-${field}`}
                  value={preview.mapping?.columns[field] ?? ''}
                  onChange={(e) =>
                    remap(
                      {},
                      { [field]: e.target.value === '' ? undefined : Number(e.target.value) },
                    )
                  }
                >
                  {field !== 'value' && <option value="">—</option>}
                  {preview.columns.map((c) => (
                    <option key={c.index} value={c.index}>
                      {c.name || `Column ${c.index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="form-field">
              <label htmlFor="csv-source">Source of rows without one</label>
              <select
                id="csv-source"
                value={preview.mapping?.source ?? ''}
                onChange={(e) => remap({ source: e.target.value || undefined })}
              >
                <option value="">—</option>
                {kase.sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title.slice(0, 60)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="csv-scale">Values are in</label>
              <select
                id="csv-scale"
                value={String(preview.mapping?.scale ?? 1)}
                onChange={(e) => remap({ scale: Number(e.target.value) })}
              >
                <option value="1">units</option>
                <option value="1000">thousands</option>
                <option value="1000000">millions</option>
                <option value="1000000000">billions</option>
              </select>
            </div>
          </fieldset>
          {preview.mappingProblems.length > 0 && (
            <ul className="problem-list" aria-label="Problems with the columns">
              {preview.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="csv-table">
              <caption className="sr-only">First rows of {picked.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {preview.columns.map((c) => (
                    <th key={c.index} scope="col">
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((r) => (
                  <tr key={r.line}>
                    <th scope="row">{r.line}</th>
                    {preview.columns.map((c) => (
                      <td key={c.index}>{r.cells[c.index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.badRowCount > 0 && (
            <div className="bad-rows" role="alert">
              <h4>
                {preview.badRowCount} {preview.badRowCount === 1 ? 'row' : 'rows'} cannot be
                imported; fix the file and choose it again
              </h4>
              <ul aria-label="Rows that cannot be imported">
                {preview.badRows.map((b) => (
                  <li key={`${b.line}|${b.reason}`}>
                    Line {b.line}: {b.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <OperationProgress operation={operation} what={`Importing ${picked.name}`} />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setPicked(undefined);
                setPreview(undefined);
              }}
            >
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

interface NewMeasureProps {
  readonly value: NewMeasure;
  readonly issues: readonly {
    readonly id: string;
    readonly label: string;
    readonly dimensions: readonly { readonly id: string; readonly label: string }[];
  }[];
  readonly onChange: (next: NewMeasure) => void;
}

function NewMeasureFields({ value, issues, onChange }: NewMeasureProps): React.JSX.Element {
  const set = (field: keyof NewMeasure) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <>
      <div className="form-field">
        <label htmlFor="csv-new-label">Measure name</label>
        <input id="csv-new-label" value={value.label} onChange={set('label')} />
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-issue">Issue area</label>
        <select
          id="csv-new-issue"
          value={value.issue}
          onChange={(e) => onChange({ ...value, issue: e.target.value, dimension: '' })}
        >
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-row">Row</label>
        <select id="csv-new-row" value={value.dimension} onChange={set('dimension')}>
          <option value="">The issue area as a whole</option>
          {(issues.find((i) => i.id === value.issue)?.dimensions ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-unit">Unit</label>
        <select id="csv-new-unit" value={value.unitKind} onChange={set('unitKind')}>
          <option value="money">Money</option>
          <option value="percentGdp">Percent of GDP</option>
          <option value="count">Count</option>
          <option value="people">People</option>
        </select>
      </div>
      {value.unitKind === 'money' ? (
        <div className="form-field">
          <label htmlFor="csv-new-currency">Currency</label>
          <select id="csv-new-currency" value={value.currency} onChange={set('currency')}>
            {Currency.options.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      ) : value.unitKind === 'percentGdp' ? null : (
        <div className="form-field">
          <label htmlFor="csv-new-noun">Counted as</label>
          <input id="csv-new-noun" value={value.noun} placeholder="jobs" onChange={set('noun')} />
        </div>
      )}
      <div className="form-field">
        <label htmlFor="csv-new-basis">Each value is</label>
        <select id="csv-new-basis" value={value.basis} onChange={set('basis')}>
          {Measure.shape.basis.options.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </select>
      </div>
    </>
  );
}
