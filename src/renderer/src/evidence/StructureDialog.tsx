import { useState } from 'react';
import { DimensionInput, IssueInput } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { getApi } from '../api/getApi';
import { errorText } from './files';
import { fieldErrors, optional } from '../ui/formErrors';
import { plainError } from '../ui/plainError';
import { TextField } from '../ui/TextField';
import { useFormDraft } from './useFormDraft';

export type StructureKind =
  | { readonly kind: 'issue' }
  | { readonly kind: 'dimension'; readonly issueId: string; readonly issueLabel: string };

interface Props {
  readonly caseId: string;
  readonly what: StructureKind;
  readonly onSaved: (user: UserLayerState, message: string, issueId: string) => void;
  readonly onClose: () => void;
}

const P = 'structure-form';

/** A new issue area (with its first row) or a new row (dimension) in an issue area. */
export function StructureDialog({ caseId, what, onSaved, onClose }: Props): React.JSX.Element {
  const form = useFormDraft(P, { label: '', description: '', row: '' });
  const { label, description, row } = form.draft;
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const isIssue = what.kind === 'issue';

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const api = getApi();
    try {
      if (what.kind === 'issue') {
        const parsed = IssueInput.safeParse(
          {
            label: label.trim(),
            description: optional(description),
            dimensions: [{ label: row.trim() }],
          },
          { error: plainError },
        );
        if (!parsed.success) {
          return form.setErrors(
            fieldErrors(parsed.error, (p) => (p.startsWith('dimensions') ? 'row' : p)),
          );
        }
        const result = await api.addIssue(caseId, parsed.data);
        onSaved(result.user, `Issue area “${result.issue.label}” added.`, result.issue.id);
      } else {
        const parsed = DimensionInput.safeParse(
          {
            label: label.trim(),
            description: optional(description),
          },
          { error: plainError },
        );
        if (!parsed.success) return form.setErrors(fieldErrors(parsed.error));
        const result = await api.addDimension(caseId, what.issueId, parsed.data);
        onSaved(result.user, `Row “${result.dimension.label}” added.`, what.issueId);
      }
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const { field } = form;
  return (
    <Dialog
      title={isIssue ? 'New issue area' : `Add a row to ${what.issueLabel}`}
      titleId={`${P}-title`}
      className="evidence-modal structure-dialog"
      onClose={onClose}
      dirty={label !== '' || description !== '' || row !== ''}
    >
      <form className="evidence-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField {...field('label', isIssue ? 'Name' : 'Row name')} wide />
        <TextField {...field('description', 'Description')} wide rows={2} />
        {isIssue && (
          <TextField {...field('row', 'First row')} hint="More rows can be added later" wide />
        )}
        <FormActions
          failure={failure}
          submitLabel={isIssue ? 'Add issue area' : 'Add row'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
