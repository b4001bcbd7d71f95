import { EditorSelection, EditorState } from '@codemirror/state';
import { expect, test } from 'vitest';
import { claimLinkInsertion } from './claimLinkCommand';

test('a claim link goes in at the cursor and the cursor moves past it', () => {
  const state = EditorState.create({ doc: 'See  here', selection: EditorSelection.cursor(4) });
  const next = state.update(claimLinkInsertion(state, 'tariffs-2018')).state;
  expect(next.doc.toString()).toBe('See [[claim:tariffs-2018]] here');
  expect(next.selection.main.head).toBe(4 + '[[claim:tariffs-2018]]'.length);
});

test('a selection is replaced by the link', () => {
  const state = EditorState.create({
    doc: 'See THIS here',
    selection: EditorSelection.range(4, 8),
  });
  const next = state.update(claimLinkInsertion(state, 'c1')).state;
  expect(next.doc.toString()).toBe('See [[claim:c1]] here');
});
