/**
 * The CodeMirror configuration of the note editor: Markdown, history, search, a theme that
 * follows the app's CSS variables (so light and dark need no second theme), claim links marked
 * in the text, and Mod-Shift-L to link the focused claim.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { searchKeymap } from '@codemirror/search';
import { type Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  MatchDecorator,
  ViewPlugin,
  keymap,
  placeholder,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Case } from '../../../core/case/schema';
import { CLAIM_LINK_GLOBAL, claimLinkText } from '../../../core/markdown/claimLinks';
import { claimLinkInsertion } from './claimLinkCommand';
import { noteCompletion } from './noteCompletion';

export const LINK_CLAIM_KEY = 'Mod-Shift-l';

const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--fg)',
    backgroundColor: 'var(--bg-raised)',
    fontSize: '14px',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
  '&.cm-note-readonly': { backgroundColor: 'var(--bg-sunken)', color: 'var(--fg-muted)' },
  '.cm-scroller': { fontFamily: 'var(--font-ui)', lineHeight: '1.55' },
  '.cm-content': { padding: '12px 0', caretColor: 'var(--fg)' },
  '.cm-line': { padding: '0 14px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
    { backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)' },
  '.cm-placeholder': { color: 'var(--fg-muted)', fontStyle: 'italic' },
  '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, var(--accent) 22%, transparent)' },
  '.cm-panels': { backgroundColor: 'var(--bg-sunken)', color: 'var(--fg)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
  '.cm-textfield': {
    backgroundColor: 'var(--bg-raised)',
    color: 'var(--fg)',
    border: '1px solid var(--border)',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--bg-raised)',
    color: 'var(--fg)',
    border: '1px solid var(--border)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--bg-raised)',
    color: 'var(--fg)',
    border: '1px solid var(--border)',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { maxWidth: 'min(34em, 80vw)', maxHeight: '16em' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': {
    whiteSpace: 'normal',
    padding: '3px 8px',
    lineHeight: '1.35',
  },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--bg-raised)',
  },
  '.cm-completionDetail': {
    display: 'block',
    fontStyle: 'normal',
    opacity: '0.8',
    fontSize: '0.9em',
  },
  '.cm-tooltip.cm-completionInfo': { maxWidth: '24em', padding: '6px 8px', fontStyle: 'italic' },
  '.cm-claim-link': {
    color: 'var(--accent)',
    backgroundColor: 'color-mix(in srgb, var(--accent) 12%, transparent)',
    borderRadius: '3px',
  },
});

const highlight = HighlightStyle.define([
  { tag: tags.heading1, fontWeight: '700', fontSize: '1.22em' },
  { tag: tags.heading2, fontWeight: '700', fontSize: '1.1em' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)' },
  { tag: tags.monospace, fontFamily: MONO, fontSize: '0.92em' },
  { tag: tags.quote, color: 'var(--fg-muted)', fontStyle: 'italic' },
  {
    tag: [tags.processingInstruction, tags.contentSeparator, tags.labelName],
    color: 'var(--fg-muted)',
  },
]);

const claimLinks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    private readonly matcher = new MatchDecorator({
      regexp: CLAIM_LINK_GLOBAL,
      decoration: Decoration.mark({ class: 'cm-claim-link' }),
    });
    constructor(view: EditorView) {
      this.decorations = this.matcher.createDeco(view);
    }
    update(update: ViewUpdate): void {
      this.decorations = this.matcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

export interface EditorHooks {
  readonly label: string;
  /** The user changed the text. */
  readonly onEdit: (doc: Text) => void;
  readonly onBlur: () => void;
  /** The claim to link with Mod-Shift-L, if any. */
  readonly focusedClaim: () => string | undefined;
  /** The case whose claims and sources `[[` and `[@` offer. */
  readonly kase: () => Case;
}

/** Runs the "link focused claim" command on a view; false when there is nothing to link. */
export function linkFocusedClaim(view: EditorView, claimId: string | undefined): boolean {
  if (claimId === undefined || view.state.readOnly) return false;
  view.dispatch(claimLinkInsertion(view.state, claimId));
  view.focus();
  return true;
}

/** Selects the first link to a claim (if the note still holds one), scrolls to it, focuses. */
export function revealClaimLink(view: EditorView, claimId: string): void {
  const link = claimLinkText(claimId);
  const at = view.state.doc.toString().indexOf(link);
  if (at >= 0) {
    view.dispatch({
      selection: { anchor: at, head: at + link.length },
      effects: EditorView.scrollIntoView(at, { y: 'center' }),
    });
  }
  view.focus();
}

/** Notes longer than this get no Markdown highlighting in the editor (the preview still renders). */
export const PLAIN_TEXT_ABOVE_CHARS = 300_000;

export function noteEditorState(
  doc: string,
  readOnly: Compartment,
  editable: boolean,
  hooks: EditorHooks,
): EditorState {
  const extensions: Extension[] = [
    history(),
    // A very long note is edited as plain text: incremental Markdown parsing of a megabyte can
    // take longer than a frame per keystroke (VS Code turns tokenisation off for large files too).
    doc.length > PLAIN_TEXT_ABOVE_CHARS ? [] : [markdown(), syntaxHighlighting(highlight)],
    theme,
    claimLinks,
    noteCompletion(hooks.kase),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': hooks.label }),
    readOnly.of(readOnlyExtension(editable)),
    keymap.of([
      { key: LINK_CLAIM_KEY, run: (view) => linkFocusedClaim(view, hooks.focusedClaim()) },
      ...defaultKeymap,
      ...historyKeymap,
      ...searchKeymap,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) hooks.onEdit(update.state.doc);
    }),
    EditorView.domEventHandlers({
      blur: () => {
        hooks.onBlur();
        return false;
      },
    }),
  ];
  return EditorState.create({ doc, extensions });
}

export function readOnlyExtension(editable: boolean): Extension {
  return editable
    ? placeholder(
        'Write your notes on this issue. Markdown works; [[ links a claim, [@ cites a source.',
      )
    : [
        EditorState.readOnly.of(true),
        EditorView.contentAttributes.of({ 'aria-readonly': 'true' }),
        EditorView.editorAttributes.of({ class: 'cm-note-readonly' }),
      ];
}
