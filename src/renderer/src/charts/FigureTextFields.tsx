/** The editable header, footer and alt text of a figure, and a way back to the case's text. */
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
  /** Puts the case's own text back; absent while nothing differs from it. */
  readonly onReset: (() => void) | undefined;
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
      <div className="figure-text-actions">
        <button type="button" className="button" onClick={props.onCopyAlt}>
          Copy alt text
        </button>
        <button
          type="button"
          className="button"
          disabled={!props.onReset}
          title="The title, subtitle, notes, source line and alt text the case gives this chart"
          onClick={props.onReset}
        >
          Reset to the case’s text
        </button>
      </div>
    </div>
  );
}
