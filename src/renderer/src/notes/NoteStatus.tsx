import type { NotePhase, SaveState } from './noteSnapshot';

interface NoteStatusProps {
  readonly phase: NotePhase;
  readonly save: SaveState;
  readonly inConflict: boolean;
  readonly onRetry: () => void;
}

function label(phase: NotePhase, save: SaveState, inConflict: boolean): string {
  switch (phase.kind) {
    case 'loading':
      return 'Opening…';
    case 'failed':
      return 'Could not open';
    case 'unreadable':
      return 'Read-only';
    case 'ready':
      break;
  }
  if (inConflict) {
    return save.kind === 'error' ? errorText(save.message) : 'Unsaved changes: choose a version';
  }
  switch (save.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'dirty':
      return 'Unsaved changes';
    case 'error':
      return errorText(save.message);
  }
}

/** The host's messages already say "was not saved"; others (a lost connection) do not. */
function errorText(message: string): string {
  return /not saved/i.test(message) ? message : `Not saved: ${message}`;
}

/** Saved / Saving… / Unsaved changes / Error, announced politely to screen readers. */
export function NoteStatus({
  phase,
  save,
  inConflict,
  onRetry,
}: NoteStatusProps): React.JSX.Element {
  const text = label(phase, save, inConflict);
  const failed = phase.kind === 'ready' && !inConflict && save.kind === 'error';
  return (
    <div className="note-status-row" data-state={failed ? 'error' : undefined}>
      <p
        className="note-status"
        data-state={failed ? 'error' : inConflict ? 'dirty' : save.kind}
        role="status"
        aria-live="polite"
      >
        {text}
      </p>
      {failed && (
        <button type="button" className="notes-button small" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
