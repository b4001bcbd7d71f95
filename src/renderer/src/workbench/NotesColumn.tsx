import { lazy, memo, Suspense } from 'react';
import { usePaintedOnce } from '../perf/usePaintedOnce';
import type { Case } from '../../../core/case/schema';
import type { NoteReveal } from './useNoteLinks';

// The editor (CodeMirror) is loaded once the first screen has been painted: the comparison is
// what an analyst reads first, and start-up should not wait for an editor (its code would be
// evaluated while the first chart waits). It re-renders only when its own props change, not on
// every workbench update.
const SideNotes = memo(
  lazy(() => import('../notes/NotesPanel').then((m) => ({ default: m.NotesPanel }))),
);

interface Props {
  readonly kase: Case;
  readonly issueId: string;
  readonly focusedClaimId: string | undefined;
  readonly onJumpToClaim: (claimId: string) => void;
  readonly onOpenIssue: (issueId: string) => void;
  /** A note to show with the cursor on a claim's link (from a backlink). */
  readonly reveal: NoteReveal | undefined;
  readonly onRevealed: () => void;
}

/** The notes of the issue area on screen, at the workbench's right. */
export function NotesColumn(props: Props): React.JSX.Element {
  const painted = usePaintedOnce();
  const loading = <aside className="notes-panel" aria-label="Notes" aria-busy="true" />;
  return (
    <div className="notes-column" id="notes-column">
      {painted ? (
        <Suspense fallback={loading}>
          <SideNotes {...props} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
