/**
 * Autocompletion in the note editor: `[[` offers the case's claims and inserts `[[claim:<id>]]`;
 * `[@` offers its sources and inserts `[@key]`. The ranking is core's; CodeMirror only shows it.
 */
import {
  acceptCompletion,
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import type { Case } from '../../../core/case/schema';
import { claimLinkText } from '../../../core/markdown/claimLinks';
import { rankClaims, rankSources } from '../../../core/markdown/noteCompletions';

/** Replaces the typed `[[…` or `[@…` (from `from` to `to`) with the link, cursor after it. */
function insert(text: string): Completion['apply'] {
  return (view: EditorView, _completion: Completion, from: number, to: number) => {
    // A closing bracket already typed after the cursor belongs to the link being replaced.
    const after = view.state.sliceDoc(to, to + 2);
    const end = to + (after.startsWith(']]') ? 2 : after.startsWith(']') ? 1 : 0);
    view.dispatch({
      changes: { from, to: end, insert: text },
      selection: { anchor: from + text.length },
      userEvent: 'input.complete',
    });
  };
}

function claimSource(kase: () => Case): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const typed = context.matchBefore(/\[\[(?:claim:)?[^[\]\n]{0,80}$/);
    if (!typed) return null;
    const query = typed.text.replace(/^\[\[(?:claim:)?/, '');
    const options = rankClaims(kase(), query).map((option): Completion => ({
      label: option.statement,
      detail: option.detail,
      info: `“${option.quote}”`,
      apply: insert(claimLinkText(option.id)),
      type: 'claim',
    }));
    return { from: typed.from, options, filter: false };
  };
}

function sourceSource(kase: () => Case): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const typed = context.matchBefore(/\[@[^\s[\];@,]{0,80}$/);
    if (!typed) return null;
    const options = rankSources(kase().sources, typed.text.slice(2)).map((option): Completion => ({
      label: `@${option.key}`,
      detail: `${option.detail} — ${option.title}`,
      apply: insert(`[@${option.key}]`),
      type: 'source',
    }));
    return { from: typed.from, options, filter: false };
  };
}

/** The editor's completion: claims and sources only (no HTML tags), Tab accepts like Enter. */
export function noteCompletion(kase: () => Case): Extension {
  return [
    autocompletion({
      override: [claimSource(kase), sourceSource(kase)],
      icons: false,
      maxRenderedOptions: 40,
      aboveCursor: false,
    }),
    Prec.high(keymap.of([{ key: 'Tab', run: acceptCompletion }])),
  ];
}
