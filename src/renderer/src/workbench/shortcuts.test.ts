import { describe, expect, it } from 'vitest';
import claimCardSource from '../compare/ClaimCard.tsx?raw';
import gridSource from '../compare/gridNavigation.ts?raw';
import searchBoxSource from '../compare/SearchBox.tsx?raw';
import { LINK_CLAIM_KEY } from '../notes/editorSetup';
import sidebarSource from './IssueSidebar.tsx?raw';
import {
  SHORTCUTS,
  bindingFor,
  codeMirrorKey,
  type KeyPress,
  type ShortcutAction,
} from './shortcuts';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

// Exhaustive by type: a new action that is not listed here does not compile.
const ACTIONS: Readonly<Record<ShortcutAction, true>> = {
  nextIssue: true,
  previousIssue: true,
  nextPane: true,
  previousPane: true,
  focusSearch: true,
  toggleOverview: true,
  closeOverview: true,
  focusVerdict: true,
  toggleSidebar: true,
  toggleNotes: true,
  openHelp: true,
};

/** The keys a control's own key handler compares `event.key` with, read from its source. */
function keysHandledIn(text: string): string[] {
  const found = [...text.matchAll(/(?:key (?:===|!==) |case )'([A-Za-z]+)'/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

describe('the shortcuts table', () => {
  it.each([
    [press('j'), 'nextIssue'],
    [press('k'), 'previousIssue'],
    [press('ArrowDown', { altKey: true }), 'nextIssue'],
    [press('ArrowUp', { altKey: true }), 'previousIssue'],
    [press('F6'), 'nextPane'],
    [press('F6', { shiftKey: true }), 'previousPane'],
    [press(']', { ctrlKey: true }), 'nextPane'],
    [press('f', { ctrlKey: true }), 'focusSearch'],
    [press('f', { metaKey: true }), 'focusSearch'],
    [press('/'), 'focusSearch'],
    [press('o'), 'toggleOverview'],
    [press('v'), 'focusVerdict'],
    [press('?', { shiftKey: true }), 'openHelp'],
    [press('['), 'toggleSidebar'],
    [press(']'), 'toggleNotes'],
    [press('Escape'), 'closeOverview'],
  ] as const)('binds %j to %s', (key, action) => {
    expect(bindingFor(key)?.action).toBe(action);
  });

  it.each([press('J'), press('j', { ctrlKey: true }), press('j', { altKey: true }), press('x')])(
    'leaves %j alone',
    (key) => {
      expect(bindingFor(key)).toBeUndefined();
    },
  );

  it('binds every action of the workbench to a listed key', () => {
    const bound = new Set(SHORTCUTS.flatMap((s) => s.bindings.map((b) => b.action)));
    expect(Object.keys(ACTIONS).filter((a) => !bound.has(a as ShortcutAction))).toEqual([]);
  });

  it("lists the note editor's link key (Ctrl+Shift+L)", () => {
    const keys = SHORTCUTS.flatMap((s) => s.bindings.map(codeMirrorKey));
    expect(keys).toContain(LINK_CLAIM_KEY);
  });

  it.each([
    ['the grid', gridSource],
    ['the search box', searchBoxSource],
    ['a claim card', claimCardSource],
    ['the issue list', sidebarSource],
  ])('lists every key %s handles', (_, source) => {
    const listed = new Set(SHORTCUTS.flatMap((s) => s.bindings.map((b) => b.key)));
    const handled = keysHandledIn(source);
    expect(handled.length).toBeGreaterThan(0);
    expect(handled.filter((k) => !listed.has(k))).toEqual([]);
  });
});
