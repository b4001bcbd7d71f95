/** Adds other measures on the same axis to a chart, and takes them out again. */
import type { Measure } from '../../../core/case/schema';
import { Options } from '../ui/Options';

export function SeriesPicker(props: {
  readonly chartTitle: string;
  /** Measures that may be added: the same kind of unit, currency or thing counted. */
  readonly candidates: readonly Measure[];
  readonly added: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
}): React.JSX.Element | null {
  const { candidates, added, onChange } = props;
  if (candidates.length === 0) return null;
  const open = candidates.filter((m) => !added.includes(m.id));
  return (
    <div className="chart-series-picker">
      {open.length > 0 && (
        <select
          aria-label={`Add a series to ${props.chartTitle}`}
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...added, e.target.value]);
          }}
        >
          <option value="">+ Add a series…</option>
          <Options items={open} value={(m) => m.id} label={(m) => m.label} />
        </select>
      )}
      {candidates
        .filter((m) => added.includes(m.id))
        .map((m) => (
          <button
            key={m.id}
            type="button"
            className="chart-series-chip"
            aria-label={`Remove ${m.label} from the chart`}
            onClick={() => onChange(added.filter((id) => id !== m.id))}
          >
            {m.label} ×
          </button>
        ))}
    </div>
  );
}
