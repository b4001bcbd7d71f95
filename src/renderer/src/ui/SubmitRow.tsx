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
