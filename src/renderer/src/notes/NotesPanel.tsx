import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { NoteConflictView } from './NoteConflictView';
import { NoteEditor } from './NoteEditor';
import { NotePreview } from './NotePreview';
import { NoteRecoveryBanner } from './NoteRecoveryBanner';
import { NoteSearch } from './NoteSearch';
import { NoteStatus } from './NoteStatus';
import { linkFocusedClaim } from './editorSetup';
import { useNoteSession } from './useNoteSession';
import './notes.css';

export interface NotesPanelProps {
  readonly kase: Case;
  readonly issueId: string;
  /** The claim the analyst has in focus in the panes, if any (for "insert link to claim"). */
  readonly focusedClaimId: string | undefined;
  /** Scrolls the workbench to a claim and focuses it (a `[[claim:<id>]]` chip was clicked). */
  readonly onJumpToClaim: (claimId: string) => void;
  /** Opens another issue (a search hit was chosen); without it, hits are listed but inert. */
  readonly onOpenIssue?: (issueId: string) => void;
  /** Put the cursor on this claim's link once this issue's note is open (a backlink was chosen). */
  readonly reveal?: { readonly issueId: string; readonly claimId: string; readonly seq: number };
  readonly onRevealed?: () => void;
}

type ViewMode = 'write' | 'split' | 'preview';
const MODES: readonly { readonly mode: ViewMode; readonly label: string }[] = [
  { mode: 'write', label: 'Write' },
  { mode: 'split', label: 'Split' },
  { mode: 'preview', label: 'Preview' },
];
const MODE_KEY = 'diptych.notes.view';

function initialMode(): ViewMode {
  const stored = localStorage.getItem(MODE_KEY);
  return stored === 'write' || stored === 'preview' ? stored : 'split';
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const LINK_SHORTCUT = isMac ? '⌘⇧L' : 'Ctrl+Shift+L';

/** The notes of one issue area: editor and preview. */
export function NotesPanel(props: NotesPanelProps): React.JSX.Element {
  const { kase, issueId, focusedClaimId, onJumpToClaim, onOpenIssue, reveal, onRevealed } = props;
  const { session, snapshot } = useNoteSession(kase.id, issueId);
  const [mode, setMode] = useState<ViewMode>(initialMode);
  // The editor's immutable document; turned into a string only where the preview is shown.
  const [doc, setDoc] = useState<Text | string>('');
  const viewRef = useRef<EditorView | null>(null);
  const issue = kase.issues.find((i) => i.id === issueId);
  const fileName = `${issueId}.md`;
  const { phase, conflict } = snapshot;

  useEffect(() => localStorage.setItem(MODE_KEY, mode), [mode]);

  const onText = useCallback((next: Text | string) => setDoc(next), []);
  const flush = useCallback(() => session.flush(), [session]);
  const editable = phase.kind === 'ready' && conflict === null && snapshot.recovered === null;
  const canLink = editable && focusedClaimId !== undefined && mode !== 'preview';

  return (
    <aside className="notes-panel" aria-label="Notes" data-issue={issueId}>
      <header className="notes-head">
        <div className="notes-head-row">
          <h2 className="notes-title">Notes</h2>
          <NoteStatus
            phase={phase}
            save={snapshot.save}
            inConflict={conflict !== null}
            onRetry={() => session.retryNow()}
          />
        </div>
        <p className="notes-issue" title={issue?.label ?? issueId}>
          {issue?.label ?? issueId}
        </p>
      </header>

      <div className="notes-toolbar">
        <div className="notes-modes" role="group" aria-label="Notes view">
          {MODES.map(({ mode: m, label }) => (
            <button
              key={m}
              type="button"
              className="notes-mode"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="notes-button small"
          disabled={!canLink}
          aria-keyshortcuts={isMac ? 'Meta+Shift+L' : 'Control+Shift+L'}
          title={
            focusedClaimId === undefined
              ? 'Select a claim in the panes first'
              : `Insert a link to the selected claim (${LINK_SHORTCUT})`
          }
          onClick={() => {
            if (viewRef.current) linkFocusedClaim(viewRef.current, focusedClaimId);
          }}
        >
          Link claim
        </button>
      </div>

      <NoteSearch kase={kase} beforeSearch={flush} onOpenIssue={onOpenIssue} />

      {phase.kind === 'unreadable' && (
        <div className="notes-alert" role="alert">
          <strong>{phase.file}</strong> cannot be read: {phase.message}. Diptych shows it read-only
          and will not change it. Fix or move the file in another editor, then{' '}
          <button type="button" className="notes-link-button" onClick={() => void session.reload()}>
            try again
          </button>
          .
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="notes-alert" role="alert">
          The note could not be opened: {phase.message}{' '}
          <button type="button" className="notes-link-button" onClick={() => void session.reload()}>
            Try again
          </button>
        </div>
      )}
      {snapshot.notice && (
        <p className="notes-notice" role="note">
          {snapshot.notice}
        </p>
      )}

      {snapshot.recovered !== null && (
        <NoteRecoveryBanner
          recovered={snapshot.recovered}
          disk={snapshot.text}
          fileName={fileName}
          onRestore={() => session.restoreRecovered()}
          onDiscard={() => session.discardRecovered()}
        />
      )}
      {conflict ? (
        <NoteConflictView
          conflict={conflict}
          fileName={fileName}
          onKeepMine={() => void session.keepMine()}
          onUseDisk={() => void session.useDisk()}
        />
      ) : null}

      <div className="notes-body" data-mode={mode} hidden={conflict !== null}>
        <div className="notes-pane notes-pane-editor" hidden={mode === 'preview'}>
          <NoteEditor
            key={session.caseId + '/' + session.issueId}
            kase={kase}
            session={session}
            textVersion={snapshot.textVersion}
            editable={editable}
            label={`Notes on ${issue?.label ?? issueId}`}
            focusedClaimId={focusedClaimId}
            onText={onText}
            viewRef={viewRef}
            loaded={phase.kind !== 'loading'}
            reveal={reveal?.issueId === issueId ? reveal : undefined}
            onRevealed={onRevealed}
          />
        </div>
        {mode !== 'write' && (
          <div className="notes-pane notes-pane-preview">
            <NotePreview kase={kase} doc={doc} onJumpToClaim={onJumpToClaim} />
          </div>
        )}
      </div>
    </aside>
  );
}
