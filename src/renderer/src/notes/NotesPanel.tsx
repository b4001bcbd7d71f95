import type { Case } from '../../../core/case/schema';

export interface NotesPanelProps {
  readonly kase: Case;
  readonly issueId: string;
  /** The claim the analyst has in focus in the panes, if any (for "insert link to claim"). */
  readonly focusedClaimId: string | undefined;
  /** Scrolls the workbench to a claim and focuses it (a `[[claim:<id>]]` chip was clicked). */
  readonly onJumpToClaim: (claimId: string) => void;
}

/** The notes of one issue area: editor and preview. */
export function NotesPanel(props: NotesPanelProps): React.JSX.Element {
  return <aside className="notes-panel" aria-label="Notes" data-issue={props.issueId} />;
}
