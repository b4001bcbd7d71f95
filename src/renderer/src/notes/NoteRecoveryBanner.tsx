import { useState } from 'react';

interface NoteRecoveryBannerProps {
  readonly recovered: string;
  /** The file's text as it is on disk now. */
  readonly disk: string;
  readonly fileName: string;
  readonly onRestore: () => void;
  readonly onDiscard: () => void;
}

/** Offers text that was typed but never saved, beside what the file holds; nothing is replaced unasked. */
export function NoteRecoveryBanner(props: NoteRecoveryBannerProps): React.JSX.Element {
  const { recovered, disk, fileName } = props;
  const [comparing, setComparing] = useState(false);
  return (
    <section
      className="note-conflict note-recovery"
      role="alert"
      aria-labelledby="note-recovery-title"
    >
      <h3 id="note-recovery-title">Unsaved text of {fileName} was recovered</h3>
      <p>
        This note was closed before everything typed in it could be saved. Restore that text (it is
        then saved over the file), compare the two, or discard it and keep the file as it is.
      </p>
      {comparing && (
        <div className="note-conflict-versions">
          <figure>
            <figcaption>Recovered text</figcaption>
            <pre aria-label="Recovered text" tabIndex={0}>
              {recovered}
            </pre>
          </figure>
          <figure>
            <figcaption>The file’s version</figcaption>
            <pre aria-label="The file’s version" tabIndex={0}>
              {disk === '' ? '(empty)' : disk}
            </pre>
          </figure>
        </div>
      )}
      <div className="note-conflict-actions">
        <button type="button" className="notes-button primary" onClick={props.onRestore}>
          Restore
        </button>
        <button
          type="button"
          className="notes-button"
          aria-pressed={comparing}
          onClick={() => setComparing((c) => !c)}
        >
          Compare
        </button>
        <button type="button" className="notes-button" onClick={props.onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
