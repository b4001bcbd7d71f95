import type { FieldErrors } from './formErrors';

export interface FieldProps {
  readonly idPrefix: string;
  readonly name: string;
  readonly label: string;
  readonly errors: FieldErrors;
  readonly hint?: string;
  readonly wide?: boolean;
  /** The input, with id `${idPrefix}-${name}` and the aria props from `fieldAria`. */
  readonly children: React.ReactNode;
}

/** A labelled form field with its validation message beside it. */
export function Field({
  idPrefix,
  name,
  label,
  errors,
  hint,
  wide,
  children,
}: FieldProps): React.JSX.Element {
  const error = errors[name];
  return (
    <div className={`form-field${wide ? ' form-field-wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" id={`${idPrefix}-${name}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Binds a form's id prefix and errors, so each field names only itself and its label. */
export function fieldsOf(
  idPrefix: string,
  errors: FieldErrors,
): (name: string, label: string) => Pick<FieldProps, 'idPrefix' | 'name' | 'label' | 'errors'> {
  return (name, label) => ({ idPrefix, name, label, errors });
}
