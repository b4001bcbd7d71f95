/** The verdict list of one pair: the verdicts that fit the row's claims first, then the rest. */
import { Options } from '../ui/Options';
import type { VerdictOptions } from './verdictOptions';

export function VerdictSelect(props: {
  readonly id: string;
  readonly value: string;
  readonly disabled: boolean;
  readonly describedBy: string;
  /** The empty choice's words ("Not judged", or "Judge …" when only the other direction is). */
  readonly unjudgedLabel: string;
  readonly fittingLabel: string;
  readonly options: VerdictOptions;
  /** The chosen verdict kind, or `''` for none. */
  readonly onChange: (value: string) => void;
}): React.JSX.Element {
  return (
    <select
      id={props.id}
      className="verdict-select"
      value={props.value}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onChange={(event) => props.onChange(event.target.value)}
    >
      <option value="">{props.unjudgedLabel}</option>
      <optgroup label={props.fittingLabel}>
        <Options items={props.options.fitting} value={(o) => o.kind} label={(o) => o.label} />
      </optgroup>
      <optgroup label="Other verdicts">
        <Options items={props.options.others} value={(o) => o.kind} label={(o) => o.label} />
      </optgroup>
    </select>
  );
}
