import type { NoteBacklinksProps } from '../compare/claimSlots';
import { plural } from '../../../core/format/plural';
import { useNoteLinks } from './noteLinksContext';

/**
 * The notes citing a claim. On its card, "Cited in 2 notes": one note opens at once, several are
 * listed in the evidence dialog. In the dialog, one button per note, named by its issue area.
 */
export function NoteBacklinks({
  claimId,
  placement,
  onShowAll,
  onBeforeOpen,
}: NoteBacklinksProps): React.JSX.Element | null {
  const { citing, openNote } = useNoteLinks();
  const issues = citing(claimId);
  const count = plural(issues.length, 'note', 'notes');
  if (placement === 'card') {
    if (issues.length === 0) return null;
    const only = issues.length === 1 ? issues[0] : undefined;
    return (
      <button
        type="button"
        className="claim-backlinks"
        title={
          only === undefined
            ? 'List the notes citing this claim'
            : `Open the notes on ${only.label}`
        }
        onClick={(event) => {
          // The card's own click opens the evidence; this button goes to the notes.
          event.stopPropagation();
          if (only === undefined) onShowAll?.();
          else openNote(only.id, claimId);
        }}
      >
        Cited in {count}
      </button>
    );
  }
  return (
    <section className="evidence-backlinks" aria-labelledby="evidence-backlinks-title">
      <h3 id="evidence-backlinks-title">Cited in {count}</h3>
      {issues.length === 0 ? (
        <p className="evidence-note">No note links to this claim yet.</p>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={issue.id}>
              <button
                type="button"
                className="backlink-button"
                onClick={() => {
                  onBeforeOpen?.();
                  openNote(issue.id, claimId);
                }}
              >
                Notes on {issue.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
