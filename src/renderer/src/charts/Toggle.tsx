/** A small segmented control: radio buttons in a fieldset, so arrow keys and screen readers work. */
import { useId } from 'react';

export function Toggle<T extends string>(props: {
  readonly legend: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}): React.JSX.Element {
  const name = useId();
  return (
    <fieldset className="chart-toggle">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
