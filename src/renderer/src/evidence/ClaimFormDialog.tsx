import { Modality, type Source } from '../../../core/case/schema';
import { shortCitation } from '../../../core/compare/citation';
import type { MergedCase } from '../../../core/user/merge';
import type { UserClaim } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { getApi } from '../api/getApi';
import { useUnsavedWork } from '../lifecycle/flush';
import { MODALITY_LABELS } from '../ui/modality';
import type { ClaimPrefill } from './EvidenceContext';
import { Field } from '../ui/Field';
import { fieldAria } from '../ui/formErrors';
import type { Draft } from './claimDraft';
import { CLAIM_FORM_ID as P, useClaimForm } from './useClaimForm';
import { Options } from '../ui/Options';

interface Props {
  readonly caseId: string;
  readonly merged: MergedCase;
  /** A claim to edit, or what a new claim starts with. */
  readonly editing: UserClaim | undefined;
  readonly prefill: ClaimPrefill | undefined;
  readonly onSaved: (user: UserLayerState, message: string) => void;
  readonly onClose: () => void;
}

/** How a source is listed in the form: short citation, whether it is the analyst's, title. */
function sourceLabel(source: Source, merged: MergedCase): string {
  const yours = merged.origin.sources.has(source.id) ? ' (yours)' : '';
  return `${shortCitation(source)}${yours} — ${source.title.slice(0, 60)}`;
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
  const form = useClaimForm(merged, editing, prefill, async (input) => {
    const api = getApi();
    const result = editing
      ? await api.updateClaim(caseId, editing.id, input)
      : await api.addClaim(caseId, input);
    onSaved(result.user, editing ? 'Claim saved.' : 'Claim added.');
  });
  const { draft, set, errors, failure, busy } = form;
  useUnsavedWork(form.dirty);
  const issue = kase.issues.find((i) => i.id === draft.issue);

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

  const textarea = (field: keyof Draft, rows: number) => (
    <textarea
      id={`${P}-${field}`}
      rows={rows}
      value={draft[field]}
      onChange={set(field)}
      {...aria(field)}
    />
  );

  const select = (field: keyof Draft, options: readonly (readonly [string, string])[]) => (
    <select id={`${P}-${field}`} value={draft[field]} onChange={set(field)} {...aria(field)}>
      <Options items={options} value={([value]) => value} label={([, label]) => label} />
    </select>
  );
  // A field that picks one of the case's items.
  const choice = (
    field: keyof Draft,
    label: string,
    options: readonly (readonly [string, string])[],
  ) => (
    <Field idPrefix={P} name={field} label={label} errors={errors}>
      {select(field, options)}
    </Field>
  );

  return (
    <Dialog
      title={editing ? 'Edit your claim' : 'Add a claim'}
      titleId={`${P}-title`}
      className="evidence-modal claim-form-dialog"
      onClose={onClose}
      dirty={form.dirty}
    >
      <form className="evidence-form" noValidate onSubmit={(e) => void form.submit(e)}>
        {choice(
          'issue',
          'Issue area',
          kase.issues.map((i) => [i.id, i.label]),
        )}
        {choice(
          'dimension',
          'Row',
          (issue?.dimensions ?? []).map((d) => [d.id, d.label]),
        )}
        {choice(
          'period',
          'Period',
          kase.periods.map((p) => [p.id, p.label]),
        )}
        {choice(
          'modality',
          'Kind of claim',
          Modality.options.map((m) => [m, MODALITY_LABELS[m]]),
        )}
        <Field idPrefix={P} name="statement" label="Statement" errors={errors} wide>
          {textarea('statement', 2)}
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
        {choice(
          'source',
          'Source',
          kase.sources.map((src) => [src.id, sourceLabel(src, merged)]),
        )}
        <Field idPrefix={P} name="exact" label="Quote (verbatim)" errors={errors} wide>
          {textarea('exact', 3)}
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
        <FormActions
          failure={failure}
          submitLabel={editing ? 'Save claim' : 'Add claim'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
