/** The foot of a form in a dialog: what went wrong with the last submit, Cancel, and submit. */
export function FormActions(props: {
  readonly failure: string | undefined;
  readonly submitLabel: string;
  readonly busy?: boolean;
  readonly onCancel: () => void;
}): React.JSX.Element {
  return (
    <div className="form-actions">
      {props.failure && (
        <p className="form-failure" role="alert">
          {props.failure}
        </p>
      )}
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={props.busy}>
        {props.submitLabel}
      </button>
    </div>
  );
}
