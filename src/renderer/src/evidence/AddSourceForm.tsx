import { useState } from 'react';
import { useUnsavedWork } from '../lifecycle/flush';
import { SourceInput, SourceType } from '../../../core/user/items';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { fieldsOf } from '../ui/Field';
import { SubmitRow, type FormStatus } from '../ui/SubmitRow';
import { errorText } from './files';
import { fieldErrors, optional, type FieldErrors } from '../ui/formErrors';
import { plainError } from '../ui/plainError';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

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
  const [type, setType] = useState('article');
  const [title, setTitle] = useState('');
  const [authors, setAuthors] = useState('');
  const [publisher, setPublisher] = useState('');
  const [issued, setIssued] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<FormStatus>();
  useUnsavedWork([title, authors, publisher, issued, url].some((v) => v.trim() !== ''));
  if (!evidence) return null;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
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
      return setErrors(fieldErrors(parsed.error, (p) => p.split('.')[0] ?? p));
    }
    setErrors({});
    try {
      const result = await getApi().addSource(evidence.caseId, parsed.data);
      evidence.applyUser(result.user);
      setStatus({ text: `Source “${result.source.title}” added.`, error: false });
      setTitle('');
      setAuthors('');
      setPublisher('');
      setIssued('');
      setUrl('');
      onAdded?.(result.source.id);
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  };

  const field = fieldsOf(P, errors);
  return (
    <section aria-labelledby={`${P}-heading`}>
      <h3 id={`${P}-heading`}>Add a source</h3>
      <form className="evidence-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          {...field('type', 'Type')}
          value={type}
          onChange={setType}
          choices={SourceType.options.map((t) => ({ value: t, label: t }))}
        />
        <TextField {...field('title', 'Title')} value={title} onChange={setTitle} />
        <TextField
          {...field('authors', 'Authors')}
          hint="Family, Given; Family, Given"
          wide
          value={authors}
          onChange={setAuthors}
        />
        <TextField {...field('publisher', 'Publisher')} value={publisher} onChange={setPublisher} />
        <TextField
          {...field('issued', 'Published')}
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          value={issued}
          onChange={setIssued}
        />
        <TextField {...field('url', 'URL')} wide value={url} onChange={setUrl} />
        <SubmitRow
          label="Add source"
          status={status}
          disabled={evidence.readOnlyReason !== undefined}
        />
      </form>
    </section>
  );
}
