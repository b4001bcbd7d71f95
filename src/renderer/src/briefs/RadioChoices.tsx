interface Props<T extends string> {
  /** The radios' group name, unique on the page. */
  readonly name: string;
  readonly choices: readonly (readonly [T, string])[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** One labelled radio per choice, the chosen one checked. */
export function RadioChoices<T extends string>({
  name,
  choices,
  value,
  onChange,
}: Props<T>): React.JSX.Element {
  return (
    <>
      {choices.map(([choice, label]) => (
        <label key={choice} className="brief-choice">
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {label}
        </label>
      ))}
    </>
  );
}
