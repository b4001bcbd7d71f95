import { SubmitRow, type FormStatus } from '../ui/SubmitRow';

interface Props {
  /** The form's id prefix; its heading is `${idPrefix}-heading`. */
  readonly idPrefix: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly status: FormStatus | undefined;
  /** Why the case cannot be changed now; the submit button is off while there is one. */
  readonly readOnlyReason: string | undefined;
  readonly onSubmit: () => Promise<void>;
  readonly children: React.ReactNode;
}

/** An inline form of the evidence panel: its heading, its fields, and its submit row. */
export function EvidenceFormSection(props: Props): React.JSX.Element {
  return (
    <section aria-labelledby={`${props.idPrefix}-heading`}>
      <h3 id={`${props.idPrefix}-heading`}>{props.title}</h3>
      <form
        className="evidence-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void props.onSubmit();
        }}
      >
        {props.children}
        <SubmitRow
          label={props.submitLabel}
          status={props.status}
          disabled={props.readOnlyReason !== undefined}
        />
      </form>
    </section>
  );
}
