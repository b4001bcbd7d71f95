import { Compartment, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, type RefObject } from 'react';
import type { Case } from '../../../core/case/schema';
import type { NoteSession } from './noteSession';
import {
  noteEditorState,
  readOnlyExtension,
  revealClaimLink,
  type EditorHooks,
} from './editorSetup';

interface NoteEditorProps {
  /** The case whose claims and sources the editor offers after `[[` and `[@`. */
  readonly kase: Case;
  readonly session: NoteSession;
  /** Increases when the session replaces the text (load, reload, a version chosen). */
  readonly textVersion: number;
  readonly editable: boolean;
  readonly label: string;
  readonly focusedClaimId: string | undefined;
  /** The editor's text changed, by the user or by a reload: for the preview. */
  readonly onText: (doc: Text | string) => void;
  readonly viewRef: RefObject<EditorView | null>;
  /** The note's text has been read (or found unreadable). */
  readonly loaded: boolean;
  /** Select this claim's first link and focus the editor, once the text is there. */
  readonly reveal?: { readonly claimId: string; readonly seq: number };
  readonly onRevealed?: () => void;
}

function hooksFor(session: NoteSession, latest: RefObject<NoteEditorProps>): EditorHooks {
  return {
    label: latest.current.label,
    onEdit: (doc) => {
      session.edit(doc);
      latest.current.onText(doc);
    },
    onBlur: () => void session.flush(),
    focusedClaim: () => latest.current.focusedClaimId,
    kase: () => latest.current.kase,
  };
}

/** The CodeMirror editor of one note. Its text lives in CodeMirror; edits go to the session. */
export function NoteEditor(props: NoteEditorProps): React.JSX.Element {
  const { session, textVersion, editable, viewRef } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  const readOnly = useRef(new Compartment());
  const shownVersion = useRef(textVersion);

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const hooks = hooksFor(session, latest);
    const text = session.currentText();
    const view = new EditorView({
      state: noteEditorState(text, readOnly.current, latest.current.editable, hooks),
      parent: hostRef.current!,
    });
    shownVersion.current = session.getSnapshot().textVersion;
    viewRef.current = view;
    latest.current.onText(text);
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [session, viewRef]);

  // A new text from the session (not from typing): a fresh state, so undo cannot bring back
  // a version the user just replaced.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || textVersion === shownVersion.current) return;
    shownVersion.current = textVersion;
    const text = session.getSnapshot().text;
    const hooks = hooksFor(session, latest);
    view.setState(noteEditorState(text, readOnly.current, latest.current.editable, hooks));
    latest.current.onText(text);
  }, [session, textVersion, viewRef]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: readOnly.current.reconfigure(readOnlyExtension(editable)),
    });
  }, [editable, viewRef]);

  const { loaded, reveal } = props;
  useEffect(() => {
    const view = viewRef.current;
    if (!view || !reveal || !loaded) return;
    revealClaimLink(view, reveal.claimId);
    latest.current.onRevealed?.();
  }, [reveal, loaded, textVersion, viewRef]);

  return <div ref={hostRef} className="note-editor" />;
}
