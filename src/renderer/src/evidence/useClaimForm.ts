/** The claim form's state: the draft, its field errors, and a submit that checks it first. */
import { useState } from 'react';
import type { MergedCase } from '../../../core/user/merge';
import { ClaimInput, type UserClaim } from '../../../core/user/items';
import { fieldErrors, type FieldErrors } from '../ui/formErrors';
import type { ClaimPrefill } from './EvidenceContext';
import { fieldOf, initialDraft, toInput, type Draft } from './claimDraft';
import { errorText } from './files';
import { plainError } from '../ui/plainError';

/** The prefix of the form's field ids. */
export const CLAIM_FORM_ID = 'claim-form';
const P = CLAIM_FORM_ID;

export interface ClaimForm {
  readonly draft: Draft;
  readonly set: (field: keyof Draft) => (event: { target: { value: string } }) => void;
  readonly errors: FieldErrors;
  readonly failure: string | undefined;
  readonly busy: boolean;
  /** Something differs from what the form opened with, and is not being saved. */
  readonly dirty: boolean;
  readonly submit: (event: React.FormEvent) => Promise<void>;
}

export function useClaimForm(
  merged: MergedCase,
  editing: UserClaim | undefined,
  prefill: ClaimPrefill | undefined,
  save: (input: ClaimInput) => Promise<void>,
): ClaimForm {
  const kase = merged.case;
  const [initial] = useState<Draft>(() => initialDraft(merged, editing, prefill));
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
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
    const parsed = ClaimInput.safeParse(toInput(draft), { error: plainError });
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
      await save(parsed.data);
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  const dirty = !busy && JSON.stringify(draft) !== JSON.stringify(initial);
  return { draft, set, errors, failure, busy, dirty, submit };
}
