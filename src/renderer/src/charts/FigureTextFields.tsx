/** The editable header, footer and alt text of a figure. */
import type { FigureText } from '../figures';

const FIELDS: readonly {
  readonly key: keyof FigureText;
  readonly label: string;
  readonly rows: number;
}[] = [
  { key: 'title', label: 'Title', rows: 1 },
  { key: 'subtitle', label: 'Subtitle', rows: 1 },
  { key: 'notes', label: 'Notes (one per line)', rows: 3 },
  { key: 'sourceLine', label: 'Source line', rows: 2 },
  { key: 'altText', label: 'Alt text (written into the SVG)', rows: 3 },
];

export function FigureTextFields(props: {
  readonly text: FigureText;
  readonly onChange: (next: FigureText) => void;
  readonly onCopyAlt: () => void;
}): React.JSX.Element {
  return (
    <div className="figure-text">
      {FIELDS.map((f) => (
        <label key={f.key} className="figure-text-field">
          {f.label}
          {f.rows === 1 ? (
            <input
              type="text"
              value={props.text[f.key]}
              onChange={(e) => props.onChange({ ...props.text, [f.key]: e.target.value })}
            />
          ) : (
            <textarea
              rows={f.rows}
              value={props.text[f.key]}
              onChange={(e) => props.onChange({ ...props.text, [f.key]: e.target.value })}
            />
          )}
        </label>
      ))}
      <button type="button" className="button" onClick={props.onCopyAlt}>
        Copy alt text
      </button>
    </div>
  );
}
