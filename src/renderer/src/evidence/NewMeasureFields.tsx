import { Currency, Measure } from '../../../core/case/schema';
import type { CsvTarget } from '../../../core/evidence/api';
import { MeasureDraft } from '../../../core/user/items';
import { plainError } from '../ui/plainError';
import { Options } from '../ui/Options';

/** The fields of a measure a CSV import creates, as typed. */
export interface NewMeasure {
  readonly label: string;
  readonly issue: string;
  /** The row the measure belongs to; '' for the issue area as a whole. */
  readonly dimension: string;
  readonly unitKind: 'money' | 'percentGdp' | 'count' | 'people';
  readonly currency: string;
  readonly noun: string;
  readonly basis: string;
}

/** The import target the fields describe, or null while they are incomplete. */
export function draftOf(m: NewMeasure): CsvTarget | null {
  const unit =
    m.unitKind === 'money'
      ? { kind: 'money', currency: m.currency }
      : m.unitKind === 'percentGdp'
        ? { kind: 'percentGdp' }
        : { kind: m.unitKind, noun: m.noun.trim() };
  const parsed = MeasureDraft.safeParse(
    {
      label: m.label.trim(),
      issue: m.issue,
      dimension: m.dimension || undefined,
      unit,
      basis: m.basis,
    },
    { error: plainError },
  );
  return parsed.success ? { newMeasure: parsed.data } : null;
}

interface NewMeasureProps {
  readonly value: NewMeasure;
  readonly issues: readonly {
    readonly id: string;
    readonly label: string;
    readonly dimensions: readonly { readonly id: string; readonly label: string }[];
  }[];
  readonly onChange: (next: NewMeasure) => void;
}

export function NewMeasureFields({ value, issues, onChange }: NewMeasureProps): React.JSX.Element {
  const set = (field: keyof NewMeasure) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <>
      <div className="form-field">
        <label htmlFor="csv-new-label">Measure name</label>
        <input id="csv-new-label" value={value.label} onChange={set('label')} />
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-issue">Issue area</label>
        <select
          id="csv-new-issue"
          value={value.issue}
          onChange={(e) => onChange({ ...value, issue: e.target.value, dimension: '' })}
        >
          <Options items={issues} value={(i) => i.id} label={(i) => i.label} />
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-row">Row</label>
        <select id="csv-new-row" value={value.dimension} onChange={set('dimension')}>
          <option value="">The issue area as a whole</option>
          <Options
            items={issues.find((i) => i.id === value.issue)?.dimensions ?? []}
            value={(d) => d.id}
            label={(d) => d.label}
          />
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="csv-new-unit">Unit</label>
        <select id="csv-new-unit" value={value.unitKind} onChange={set('unitKind')}>
          <option value="money">Money</option>
          <option value="percentGdp">Percent of GDP</option>
          <option value="count">Count</option>
          <option value="people">People</option>
        </select>
      </div>
      {value.unitKind === 'money' ? (
        <div className="form-field">
          <label htmlFor="csv-new-currency">Currency</label>
          <select id="csv-new-currency" value={value.currency} onChange={set('currency')}>
            {Currency.options.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      ) : value.unitKind === 'percentGdp' ? null : (
        <div className="form-field">
          <label htmlFor="csv-new-noun">Counted as</label>
          <input id="csv-new-noun" value={value.noun} placeholder="jobs" onChange={set('noun')} />
        </div>
      )}
      <div className="form-field">
        <label htmlFor="csv-new-basis">Each value is</label>
        <select id="csv-new-basis" value={value.basis} onChange={set('basis')}>
          {Measure.shape.basis.options.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </select>
      </div>
    </>
  );
}
