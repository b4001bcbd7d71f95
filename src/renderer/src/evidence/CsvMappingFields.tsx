import type { CsvPreview } from '../../../core/evidence/csv/csvPreview';
import {
  CSV_FIELDS,
  type CsvField,
  type CsvMappingInput,
} from '../../../core/evidence/csv/csvMapping';

const FIELD_LABELS: Readonly<Record<CsvField, string>> = {
  value: 'Value',
  date: 'Date',
  period: 'Period',
  unit: 'Unit',
  bound: 'Qualifier',
  quote: 'Quote',
  source: 'Source',
  note: 'Note (label)',
  role: 'Role',
  actor: 'Actor',
};

export type Remap = (
  change: Partial<CsvMappingInput>,
  columns?: Partial<Record<CsvField, number | undefined>>,
) => void;

interface Props {
  readonly preview: CsvPreview;
  readonly onRemap: Remap;
}

/** Which column holds which field, and the values' scale. */
export function CsvMappingFields({ preview, onRemap }: Props): React.JSX.Element {
  return (
    <fieldset className="csv-mapping">
      <legend>Columns</legend>
      {CSV_FIELDS.map((field) => (
        <div key={field} className="form-field">
          <label htmlFor={`csv-col-${field}`}>{FIELD_LABELS[field]}</label>
          <select
            id={`csv-col-${field}`}
            value={preview.mapping?.columns[field] ?? ''}
            onChange={(e) =>
              onRemap({}, { [field]: e.target.value === '' ? undefined : Number(e.target.value) })
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
        <label htmlFor="csv-scale">Values are in</label>
        <select
          id="csv-scale"
          value={String(preview.mapping?.scale ?? 1)}
          onChange={(e) => onRemap({ scale: Number(e.target.value) })}
        >
          <option value="1">units</option>
          <option value="1000">thousands</option>
          <option value="1000000">millions</option>
          <option value="1000000000">billions</option>
        </select>
      </div>
    </fieldset>
  );
}
