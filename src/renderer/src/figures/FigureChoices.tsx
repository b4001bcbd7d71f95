import type { LabelledKeys } from './labelledKeys';

interface Props<K extends string> {
  readonly legend: string;
  /** Radios pick one (and need a group name); checkboxes pick any. */
  readonly type: 'radio' | 'checkbox';
  readonly name?: string;
  readonly options: LabelledKeys<K>;
  readonly isChecked: (key: K) => boolean;
  readonly onPick: (key: K) => void;
  /** Shown under the options, e.g. why the choice cannot be exported. */
  readonly children?: React.ReactNode;
}

/** A group of the figure dialog's options, each a radio or a checkbox with its label beside it. */
export function FigureChoices<K extends string>(props: Props<K>): React.JSX.Element {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.key} className="comparison-figure-choice">
          <input
            type={props.type}
            name={props.name}
            value={o.key}
            checked={props.isChecked(o.key)}
            onChange={() => props.onPick(o.key)}
          />
          {o.label}
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}
