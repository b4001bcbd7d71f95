import { useState } from 'react';
import { Modality } from '../../../core/case/schema';
import { shortCitation } from '../../../core/compare/citation';
import type { MergedCase } from '../../../core/user/merge';
import { ClaimInput, type UserClaim } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { Dialog } from '../ui/Dialog';
import { getApi } from '../api/getApi';
import { MODALITY_LABELS } from '../ui/modality';
import type { ClaimPrefill } from './EvidenceContext';
import { Field } from '../ui/Field';
import { errorText } from './files';
import { fieldAria, fieldErrors, listOf, optional, type FieldErrors } from '../ui/formErrors';

interface Props {
  readonly caseId: string;
  readonly merged: MergedCase;
  /** A claim to edit, or what a new claim starts with. */
  readonly editing: UserClaim | undefined;
  readonly prefill: ClaimPrefill | undefined;
  readonly onSaved: (user: UserLayerState, message: string) => void;
  readonly onClose: () => void;
}

interface Draft {
  issue: string;
  dimension: string;
  period: string;
  modality: string;
  statement: string;
  date: string;
  dateNote: string;
  actors: string;
  tags: string;
  source: string;
  exact: string;
  prefix: string;
  suffix: string;
  locator: string;
}

const P = 'claim-form';

// Where a schema path lands in the form.
const FIELD_OF: Readonly<Record<string, string>> = {
  'evidence.source': 'source',
  'evidence.selector.exact': 'exact',
  'evidence.selector.prefix': 'prefix',
  'evidence.selector.suffix': 'suffix',
  'evidence.locator': 'locator',
};
const fieldOf = (path: string): string => FIELD_OF[path] ?? path.split('.')[0] ?? path;

function initialDraft(merged: MergedCase, editing?: UserClaim, prefill?: ClaimPrefill): Draft {
  const kase = merged.case;
  if (editing) {
    return {
      issue: editing.issue,
      dimension: editing.dimension,
      period: editing.period,
      modality: editing.modality,
      statement: editing.statement,
      date: editing.date ?? '',
      dateNote: editing.dateNote ?? '',
      actors: editing.actors.join(', '),
      tags: editing.tags.join(', '),
      source: editing.evidence.source,
      exact: editing.evidence.selector.exact,
      prefix: editing.evidence.selector.prefix ?? '',
      suffix: editing.evidence.selector.suffix ?? '',
      locator: editing.evidence.locator ?? '',
    };
  }
  const issue = kase.issues.find((i) => i.id === prefill?.issue) ?? kase.issues[0];
  return {
    issue: issue?.id ?? '',
    dimension: prefill?.dimension ?? issue?.dimensions[0]?.id ?? '',
    period: prefill?.period ?? kase.defaultComparison[0] ?? kase.periods[0]?.id ?? '',
    modality: 'fact',
    statement: '',
    date: '',
    dateNote: '',
    actors: '',
    tags: '',
    source: prefill?.source ?? kase.sources[0]?.id ?? '',
    exact: prefill?.selector?.exact ?? '',
    prefix: prefill?.selector?.prefix ?? '',
    suffix: prefill?.selector?.suffix ?? '',
    locator: '',
  };
}

function toInput(d: Draft): unknown {
  return {
    issue: d.issue,
    dimension: d.dimension,
    period: d.period,
    modality: d.modality,
    statement: d.statement.trim(),
    date: optional(d.date),
    dateNote: optional(d.dateNote),
    actors: listOf(d.actors),
    tags: listOf(d.tags),
    evidence: {
      source: d.source,
      selector: {
        type: 'TextQuoteSelector',
        exact: d.exact.trim(),
        prefix: d.prefix.length > 0 ? d.prefix : undefined,
        suffix: d.suffix.length > 0 ? d.suffix : undefined,
      },
      locator: optional(d.locator),
    },
  };
}

/** The form for an own claim: where it belongs, what it says, and the quote it rests on. */
export function ClaimFormDialog({
  caseId,
  merged,
  editing,
  prefill,
  onSaved,
  onClose,
}: Props): React.JSX.Element {
  const kase = merged.case;
  const [initial] = useState<Draft>(() => initialDraft(merged, editing, prefill));
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const issue = kase.issues.find((i) => i.id === draft.issue);

  const set = (field: keyof Draft) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setDraft((d) => {
      const next = { ...d, [field]: value };
      // A new issue area has other rows: start on its first.
      if (field === 'issue') {
        next.dimension = kase.issues.find((i) => i.id === value)?.dimensions[0]?.id ?? '';
      }
      return next;
    });
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = ClaimInput.safeParse(toInput(draft));
    if (!parsed.success) {
      const found = fieldErrors(parsed.error, fieldOf);
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`${P}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const api = getApi();
      const result = editing
        ? await api.updateClaim(caseId, editing.id, parsed.data)
        : await api.addClaim(caseId, parsed.data);
      onSaved(result.user, editing ? 'Claim saved.' : 'Claim added.');
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  const aria = (field: string) => fieldAria(errors, field, P);
  const input = (field: keyof Draft, extra?: React.InputHTMLAttributes<HTMLInputElement>) => (
    <input
      id={`${P}-${field}`}
      value={draft[field]}
      onChange={set(field)}
      {...aria(field)}
      {...extra}
    />
  );

  return (
    <Dialog
      title={editing ? 'Edit your claim' : 'Add a claim'}
      titleId={`${P}-title`}
      className="evidence-modal claim-form-dialog"
      onClose={onClose}
      dirty={!busy && JSON.stringify(draft) !== JSON.stringify(initial)}
    >
      <form className="evidence-form" noValidate onSubmit={(e) => void submit(e)}>
        <Field idPrefix={P} name="issue" label="Issue area" errors={errors}>
          <select id={`${P}-issue`} value={draft.issue} onChange={set('issue')} {...aria('issue')}>
            {kase.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </Field>
        <Field idPrefix={P} name="dimension" label="Dimension" errors={errors}>
          <select
            id={`${P}-dimension`}
            value={draft.dimension}
            onChange={set('dimension')}
            {...aria('dimension')}
          >
            {issue?.dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field idPrefix={P} name="period" label="Period" errors={errors}>
          <select
            id={`${P}-period`}
            value={draft.period}
            onChange={set('period')}
            {...aria('period')}
          >
            {kase.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field idPrefix={P} name="modality" label="Kind of claim" errors={errors}>
          <select
            id={`${P}-modality`}
            value={draft.modality}
            onChange={set('modality')}
            {...aria('modality')}
          >
            {Modality.options.map((m) => (
              <option key={m} value={m}>
                {MODALITY_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field idPrefix={P} name="statement" label="Statement" errors={errors} wide>
          <textarea
            id={`${P}-statement`}
            rows={2}
            value={draft.statement}
            onChange={set('statement')}
            {...aria('statement')}
          />
        </Field>
        <Field
          idPrefix={P}
          name="date"
          label="Date"
          errors={errors}
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
        >
          {input('date', { placeholder: '2025-02' })}
        </Field>
        <Field
          idPrefix={P}
          name="dateNote"
          label="Date note"
          errors={errors}
          hint="Why the date lies outside its period, if it does"
        >
          {input('dateNote')}
        </Field>
        <Field idPrefix={P} name="actors" label="Actors" errors={errors} hint="Separated by commas">
          {input('actors')}
        </Field>
        <Field idPrefix={P} name="tags" label="Tags" errors={errors} hint="Separated by commas">
          {input('tags')}
        </Field>
        <Field idPrefix={P} name="source" label="Source" errors={errors}>
          <select
            id={`${P}-source`}
            value={draft.source}
            onChange={set('source')}
            {...aria('source')}
          >
            {kase.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {shortCitation(s)}
                {merged.origin.sources.has(s.id) ? ' (yours)' : ''} — {s.title.slice(0, 60)}
              </option>
            ))}
          </select>
        </Field>
        <Field idPrefix={P} name="exact" label="Quote (verbatim)" errors={errors} wide>
          <textarea
            id={`${P}-exact`}
            rows={3}
            value={draft.exact}
            onChange={set('exact')}
            {...aria('exact')}
          />
        </Field>
        <Field idPrefix={P} name="prefix" label="Words before the quote" errors={errors}>
          {input('prefix')}
        </Field>
        <Field idPrefix={P} name="suffix" label="Words after the quote" errors={errors}>
          {input('suffix')}
        </Field>
        <Field
          idPrefix={P}
          name="locator"
          label="Where in the source"
          errors={errors}
          hint="Section, page or paragraph"
          wide
        >
          {input('locator')}
        </Field>
        <div className="form-actions">
          {failure && (
            <p className="form-failure" role="alert">
              {failure}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {editing ? 'Save claim' : 'Add claim'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
