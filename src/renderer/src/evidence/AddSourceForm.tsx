import { useState } from 'react';
import { useUnsavedWork } from '../lifecycle/flush';
import { SourceInput, SourceType } from '../../../core/user/items';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { Field } from '../ui/Field';
import { SubmitRow, type FormStatus } from '../ui/SubmitRow';
import { errorText } from './files';
import { fieldAria, fieldErrors, optional, type FieldErrors } from '../ui/formErrors';
import { plainError } from '../ui/plainError';
import { Options } from '../ui/Options';

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

  const aria = (f: string) => fieldAria(errors, f, P);
  return (
    <section aria-labelledby={`${P}-heading`}>
      <h3 id={`${P}-heading`}>Add a source</h3>
      <form className="evidence-form" noValidate onSubmit={(e) => void submit(e)}>
        <Field idPrefix={P} name="type" label="Type" errors={errors}>
          <select
            id={`${P}-type`}
            value={type}
            onChange={(e) => setType(e.target.value)}
            {...aria('type')}
          >
            <Options items={SourceType.options} value={(t) => t} label={(t) => t} />
          </select>
        </Field>
        <Field idPrefix={P} name="title" label="Title" errors={errors}>
          <input
            id={`${P}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            {...aria('title')}
          />
        </Field>
        <Field
          idPrefix={P}
          name="authors"
          label="Authors"
          errors={errors}
          hint="Family, Given; Family, Given"
          wide
        >
          <input
            id={`${P}-authors`}
            value={authors}
            onChange={(e) => setAuthors(e.target.value)}
            {...aria('authors')}
          />
        </Field>
        <Field idPrefix={P} name="publisher" label="Publisher" errors={errors}>
          <input
            id={`${P}-publisher`}
            value={publisher}
            onChange={(e) => setPublisher(e.target.value)}
            {...aria('publisher')}
          />
        </Field>
        <Field
          idPrefix={P}
          name="issued"
          label="Published"
          errors={errors}
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
        >
          <input
            id={`${P}-issued`}
            value={issued}
            onChange={(e) => setIssued(e.target.value)}
            {...aria('issued')}
          />
        </Field>
        <Field idPrefix={P} name="url" label="URL" errors={errors} wide>
          <input
            id={`${P}-url`}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            {...aria('url')}
          />
        </Field>
        <SubmitRow
          label="Add source"
          status={status}
          disabled={evidence.readOnlyReason !== undefined}
        />
      </form>
    </section>
  );
}
