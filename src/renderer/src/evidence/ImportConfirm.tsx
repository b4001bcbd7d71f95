interface Props {
  /** The primary button's words, which say what the import will do. */
  readonly label: string;
  readonly disabled: boolean;
  readonly onCancel: () => void;
  readonly onImport: () => void;
}

/** The last step of an import from a file: Cancel, or the import itself. */
export function ImportConfirm({ label, disabled, onCancel, onImport }: Props): React.JSX.Element {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={disabled}
        onClick={onImport}
      >
        {label}
      </button>
    </div>
  );
}
