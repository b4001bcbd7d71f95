import { useState } from 'react';
import { useUnsavedWork } from '../lifecycle/flush';
import { Bound, PointRole } from '../../../core/case/schema';
import { PointInput } from '../../../core/user/items';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { Field } from '../ui/Field';
import { EvidenceFormSection } from './EvidenceFormSection';
import { fieldErrors, optional } from '../ui/formErrors';
import { plainError } from '../ui/plainError';
import { boundLabel } from '../../../core/charts/format';
import { Options } from '../ui/Options';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormDraft } from './useFormDraft';

const P = 'point-form';

/** Multipliers offered beside the value, so "700" and "billion" give 700e9 in base units. */
const SCALES = [
  { label: 'as typed', factor: 1 },
  { label: 'thousand', factor: 1e3 },
  { label: 'million', factor: 1e6 },
  { label: 'billion', factor: 1e9 },
  { label: 'trillion', factor: 1e12 },
] as const;

// Where a schema path lands in the form.
const fieldOf = (path: string): string =>
  path.startsWith('evidence.selector') ? 'quote' : (path.split('.')[0] ?? path);

/** One data point added by hand to a measure of the case (built-in or the analyst's own). */
export function AddPointForm(): React.JSX.Element | null {
  const evidence = useEvidence();
  const kase = evidence?.merged.case;
  const form = useFormDraft(P, {
    measure: kase?.measures[0]?.id ?? '',
    period: kase?.defaultComparison[0] ?? '',
    date: '',
    value: '',
    bound: 'exact',
    role: 'outcome',
    actor: '',
    source: kase?.sources[0]?.id ?? '',
    quote: '',
    locator: '',
  });
  const { measure, period, date, value, bound, role, actor, source, quote, locator } = form.draft;
  const [scale, setScale] = useState(1);
  useUnsavedWork([value, quote].some((v) => v.trim() !== ''));
  if (!evidence || !kase) return null;
  if (kase.measures.length === 0) return null;

  const save = async (): Promise<string | undefined> => {
    const number = Number(value.replace(/[\s,]/g, ''));
    const parsed = PointInput.safeParse(
      {
        period,
        date: optional(date),
        value: value.trim() === '' || !Number.isFinite(number) ? Number.NaN : number * scale,
        bound,
        role,
        actor: optional(actor),
        evidence: {
          source,
          selector: { type: 'TextQuoteSelector', exact: quote.trim() },
          locator: optional(locator),
        },
      },
      { error: plainError },
    );
    if (!parsed.success) {
      form.setErrors(fieldErrors(parsed.error, fieldOf));
      return undefined;
    }
    form.setErrors({});
    const result = await getApi().addPoint(evidence.caseId, measure, parsed.data);
    evidence.applyUser(result.user);
    form.clear('value', 'quote');
    const label = kase.measures.find((m) => m.id === result.measure)?.label ?? result.measure;
    return `Point added to “${label}”.`;
  };

  const { field } = form;
  return (
    <EvidenceFormSection
      idPrefix={P}
      title="Add a data point"
      submitLabel="Add point"
      onSave={save}
    >
      <SelectField
        {...field('measure', 'Measure')}
        wide
        choices={kase.measures.map((m) => ({ value: m.id, label: m.label }))}
      />
      <SelectField
        {...field('period', 'Period')}
        choices={kase.periods.map((p) => ({ value: p.id, label: p.label }))}
      />
      <TextField {...field('date', 'Date')} hint="YYYY, YYYY-MM or YYYY-MM-DD" />
      <TextField {...field('value', 'Value')} hint="A number, e.g. 700" inputMode="decimal" />
      <Field idPrefix={P} name="scale" label="Scale" errors={form.errors}>
        <select id={`${P}-scale`} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          <Options items={SCALES} value={(s) => s.factor} label={(s) => s.label} />
        </select>
      </Field>
      <SelectField
        {...field('bound', 'Qualifier')}
        choices={Bound.options.map((b) => ({ value: b, label: boundLabel(b) }))}
      />
      <SelectField
        {...field('role', 'Role')}
        choices={PointRole.options.map((r) => ({ value: r, label: r }))}
      />
      <TextField {...field('actor', 'Actor')} />
      <SelectField
        {...field('source', 'Source')}
        choices={kase.sources.map((s) => ({ value: s.id, label: s.title }))}
      />
      <TextField {...field('quote', 'Quote')} hint="The source's words for this figure" wide />
      <TextField {...field('locator', 'Where in the source')} />
    </EvidenceFormSection>
  );
}
