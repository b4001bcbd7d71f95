import { Field, type FieldProps } from './Field';
import { fieldAria } from './formErrors';
import { Options } from './Options';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface Props extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly choices: readonly Choice[];
}

/** A labelled select of a form, with its validation message tied to it. */
export function SelectField({ value, onChange, choices, ...field }: Props): React.JSX.Element {
  return (
    <Field {...field}>
      <select
        id={`${field.idPrefix}-${field.name}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...fieldAria(field.errors, field.name, field.idPrefix)}
      >
        <Options items={choices} value={(c) => c.value} label={(c) => c.label} />
      </select>
    </Field>
  );
}
