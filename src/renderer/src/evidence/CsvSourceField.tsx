import { useState } from 'react';
import { AddSourceForm } from './AddSourceForm';

const NEW_SOURCE = '__new-source__';

interface Props {
  readonly value: string | undefined;
  readonly sources: readonly { readonly id: string; readonly title: string }[];
  readonly onChange: (sourceId: string | undefined) => void;
}

/**
 * The source the imported rows are credited to when they name none. Nothing is chosen until
 * the analyst chooses: a default would credit their figures to whatever source came first.
 */
export function CsvSourceField({ value, sources, onChange }: Props): React.JSX.Element {
  const [creating, setCreating] = useState(false);
  return (
    <div className="csv-source">
      <div className="form-field form-field-wide">
        <label htmlFor="csv-source">Source of rows without one</label>
        <select
          id="csv-source"
          aria-describedby="csv-source-hint"
          value={creating ? NEW_SOURCE : (value ?? '')}
          onChange={(e) => {
            const chosen = e.target.value;
            setCreating(chosen === NEW_SOURCE);
            onChange(chosen === '' || chosen === NEW_SOURCE ? undefined : chosen);
          }}
        >
          <option value="">Choose a source…</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title.slice(0, 60)}
            </option>
          ))}
          <option value={NEW_SOURCE}>A new source…</option>
        </select>
        <p id="csv-source-hint" className="field-hint">
          Rows whose source cell is empty, or every row without a Source column, are credited to it.
        </p>
      </div>
      {creating && (
        <AddSourceForm
          onAdded={(id) => {
            setCreating(false);
            onChange(id);
          }}
        />
      )}
    </div>
  );
}
