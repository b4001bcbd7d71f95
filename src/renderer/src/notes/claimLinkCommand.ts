/** Inserting a link to a claim at the cursor: pure state logic, testable without a view. */
import { EditorSelection, type EditorState, type TransactionSpec } from '@codemirror/state';
import { claimLinkText } from '../../../core/markdown/claimLinks';

/** Replaces each selection with `[[claim:<id>]]` and puts the cursor after it. */
export function claimLinkInsertion(state: EditorState, claimId: string): TransactionSpec {
  const link = claimLinkText(claimId);
  return {
    ...state.changeByRange((range) => ({
      changes: { from: range.from, to: range.to, insert: link },
      range: EditorSelection.cursor(range.from + link.length),
    })),
    scrollIntoView: true,
    userEvent: 'input.claim-link',
  };
}
