import { useState } from 'react';
import { SubmitRow, type FormStatus } from '../ui/SubmitRow';
import { useEvidence } from './EvidenceContext';
import { errorText } from './files';

interface Props {
  /** The form's id prefix; its heading is `${idPrefix}-heading`. */
  readonly idPrefix: string;
  readonly title: string;
  readonly submitLabel: string;
  /**
   * Saves what was typed: the confirmation to announce, or undefined when nothing was saved
   * because the form shows what is wrong beside its fields. A failure to save is announced.
   */
  readonly onSave: () => Promise<string | undefined>;
  readonly children: React.ReactNode;
}

/** An inline form of the evidence panel: its heading, its fields, and its submit row. */
export function EvidenceFormSection(props: Props): React.JSX.Element {
  const evidence = useEvidence();
  const [status, setStatus] = useState<FormStatus>();
  const save = async (): Promise<void> => {
    try {
      const text = await props.onSave();
      if (text !== undefined) setStatus({ text, error: false });
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  };
  return (
    <section aria-labelledby={`${props.idPrefix}-heading`}>
      <h3 id={`${props.idPrefix}-heading`}>{props.title}</h3>
      <form
        className="evidence-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {props.children}
        <SubmitRow
          label={props.submitLabel}
          status={status}
          disabled={evidence?.readOnlyReason !== undefined}
        />
      </form>
    </section>
  );
}
