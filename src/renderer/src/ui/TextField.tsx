import { Field, type FieldProps } from './Field';
import { fieldAria } from './formErrors';

interface Props extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows?: number;
}

/** A labelled text input (or textarea) of a form, with its validation message tied to it. */
export function TextField({
  value,
  onChange,
  inputMode,
  rows,
  ...field
}: Props): React.JSX.Element {
  const input = {
    id: `${field.idPrefix}-${field.name}`,
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    ...fieldAria(field.errors, field.name, field.idPrefix),
  };
  return (
    <Field {...field}>
      {rows === undefined ? (
        <input inputMode={inputMode} {...input} />
      ) : (
        <textarea rows={rows} {...input} />
      )}
    </Field>
  );
}
