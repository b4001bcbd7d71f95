import type { NoteConflict } from './noteSnapshot';

interface NoteConflictViewProps {
  readonly conflict: NoteConflict;
  readonly fileName: string;
  readonly onKeepMine: () => void;
  readonly onUseDisk: () => void;
}

/** Both versions of a note that changed on disk under unsaved edits, and the choice. */
export function NoteConflictView(props: NoteConflictViewProps): React.JSX.Element {
  const { conflict, fileName } = props;
  return (
    <section className="note-conflict" aria-labelledby="note-conflict-title">
      <h3 id="note-conflict-title">{fileName} was changed outside Diptych</h3>
      <p>
        You have edits that were not saved yet. Choose the version to keep; the other one is saved
        beside the note as a <code>.conflict</code> file, so nothing is lost.
      </p>
      <div className="note-conflict-versions">
        <figure>
          <figcaption>Your version</figcaption>
          <pre aria-label="Your version" tabIndex={0}>
            {conflict.mine}
          </pre>
        </figure>
        <figure>
          <figcaption>The file’s version</figcaption>
          <pre aria-label="The file’s version" tabIndex={0}>
            {conflict.disk ?? '(the file was deleted)'}
          </pre>
        </figure>
      </div>
      <div className="note-conflict-actions">
        <button
          type="button"
          className="notes-button primary"
          disabled={conflict.busy}
          onClick={props.onKeepMine}
        >
          Keep mine
        </button>
        <button
          type="button"
          className="notes-button"
          disabled={conflict.busy}
          onClick={props.onUseDisk}
        >
          Use the file’s version
        </button>
      </div>
    </section>
  );
}
