import { useUnsavedWork } from '../lifecycle/flush';
import { SourceInput, SourceType } from '../../../core/user/items';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { EvidenceFormSection } from './EvidenceFormSection';
import { fieldErrors, optional } from '../ui/formErrors';
import { plainError } from '../ui/plainError';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormDraft } from './useFormDraft';

const P = 'source-form';

/** "Family, Given; Family, Given" → CSL names; a part without a comma is a literal name. */
function namesOf(text: string): { family?: string; given?: string; literal?: string }[] {
  return text
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
    .map((n) => {
      const [family, given] = n.split(',').map((s) => s.trim());
      return given === undefined ? { literal: family } : { family, given: given || undefined };
    });
}

interface Props {
  /** Called with the new source's id once it is saved (a form that creates the source it needs). */
  readonly onAdded?: (sourceId: string) => void;
}

/** A source typed in by hand. */
export function AddSourceForm({ onAdded }: Props = {}): React.JSX.Element | null {
  const evidence = useEvidence();
  const form = useFormDraft(P, {
    type: 'article',
    title: '',
    authors: '',
    publisher: '',
    issued: '',
    url: '',
  });
  const { type, title, authors, publisher, issued, url } = form.draft;
  useUnsavedWork([title, authors, publisher, issued, url].some((v) => v.trim() !== ''));
  if (!evidence) return null;

  const save = async (): Promise<string | undefined> => {
    const parsed = SourceInput.safeParse(
      {
        type,
        title: title.trim(),
        authors: namesOf(authors),
        publisher: optional(publisher),
        issued: optional(issued),
        url: optional(url),
      },
      { error: plainError },
    );
    if (!parsed.success) {
      form.setErrors(fieldErrors(parsed.error, (p) => p.split('.')[0] ?? p));
      return undefined;
    }
    form.setErrors({});
    const result = await getApi().addSource(evidence.caseId, parsed.data);
    evidence.applyUser(result.user);
    form.clear('title', 'authors', 'publisher', 'issued', 'url');
    onAdded?.(result.source.id);
    return `Source “${result.source.title}” added.`;
  };

  const { field } = form;
  return (
    <EvidenceFormSection idPrefix={P} title="Add a source" submitLabel="Add source" onSave={save}>
      <SelectField
        {...field('type', 'Type')}
        choices={SourceType.options.map((t) => ({ value: t, label: t }))}
      />
      <TextField {...field('title', 'Title')} />
      <TextField {...field('authors', 'Authors')} hint="Family, Given; Family, Given" wide />
      <TextField {...field('publisher', 'Publisher')} />
      <TextField {...field('issued', 'Published')} hint="YYYY, YYYY-MM or YYYY-MM-DD" />
      <TextField {...field('url', 'URL')} wide />
    </EvidenceFormSection>
  );
}
