import type { FieldErrors } from './formErrors';

interface Props {
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
}: Props): React.JSX.Element {
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

/** What a form said after its last submit: a confirmation, or a failure to show as such. */
export interface FormStatus {
  readonly text: string;
  readonly error: boolean;
}

/** The foot of an inline form: its last status, announced, and its submit button. */
export function SubmitRow(props: {
  readonly label: string;
  readonly status: FormStatus | undefined;
  readonly disabled: boolean;
}): React.JSX.Element {
  return (
    <div className="form-actions">
      <p className={props.status?.error ? 'form-failure' : 'form-status'} role="status">
        {props.status?.text}
      </p>
      <button type="submit" className="button button-primary" disabled={props.disabled}>
        {props.label}
      </button>
    </div>
  );
}
