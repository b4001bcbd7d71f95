import { ScreenReaderText } from '../ui/ScreenReaderText';

interface Props {
  readonly label: string;
  /** Said to screen readers after the label (which source, which measure). */
  readonly detail?: string;
  readonly accept: string;
  readonly disabled?: boolean;
  readonly primary?: boolean;
  readonly onFile: (file: File) => void;
}

/** A button that opens the system's file picker; the input stays reachable by keyboard. */
export function FilePicker({
  label,
  detail,
  accept,
  disabled,
  primary,
  onFile,
}: Props): React.JSX.Element {
  return (
    <label
      className={`button file-picker${primary ? ' button-primary' : ''}${disabled ? ' is-disabled' : ''}`}
    >
      {label}
      {detail && <ScreenReaderText> {detail}</ScreenReaderText>}
      <input
        type="file"
        className="sr-only"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so the same file can be picked again after fixing it.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
