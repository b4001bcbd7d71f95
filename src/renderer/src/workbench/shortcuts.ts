/**
 * Every keyboard shortcut, once: the "?" dialog lists this table, and the workbench's key
 * handler (useShortcuts) acts only on the bindings it holds, so a key cannot be handled without
 * being listed. Keys that belong to one control (a claim, the search box, the note editor) are
 * listed here with the place they work in and handled there.
 */

/** What a workbench-wide key does; useShortcuts maps each to its handler. */
export type ShortcutAction =
  | 'nextIssue'
  | 'previousIssue'
  | 'nextPane'
  | 'previousPane'
  | 'focusSearch'
  | 'toggleOverview'
  | 'closeOverview'
  | 'focusVerdict'
  | 'toggleSidebar'
  | 'toggleNotes'
  | 'openHelp';

/** One key press: `key` as `KeyboardEvent.key`; `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyBinding {
  readonly key: string;
  readonly mod?: boolean;
  /** Ctrl itself, on a Mac too. */
  readonly ctrl?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
  /** The workbench-wide action; absent where the control named by `where` handles the key. */
  readonly action?: ShortcutAction;
}

export interface Shortcut {
  readonly group: 'Moving around' | 'Claims and verdicts' | 'Finding' | 'Notes' | 'Help';
  /** The keys as the dialog shows them; `Mod` becomes Ctrl or ⌘. */
  readonly keys: string;
  readonly what: string;
  readonly bindings: readonly KeyBinding[];
}

/** A shortcut of one plain key, shown as itself. */
function oneKey(
  group: Shortcut['group'],
  key: string,
  what: string,
  action: ShortcutAction,
): Shortcut {
  return { group, keys: key, what, bindings: [{ key, action }] };
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    group: 'Moving around',
    keys: 'Alt+↓ / Alt+↑, or j / k',
    what: 'Next / previous issue area',
    bindings: [
      { key: 'ArrowDown', alt: true, action: 'nextIssue' },
      { key: 'ArrowUp', alt: true, action: 'previousIssue' },
      { key: 'j', action: 'nextIssue' },
      { key: 'k', action: 'previousIssue' },
    ],
  },
  {
    group: 'Moving around',
    keys: '↓ / ↑ in the issue list',
    what: 'Move between issue areas',
    bindings: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }],
  },
  {
    group: 'Moving around',
    keys: 'F6 / Shift+F6, or Ctrl+]',
    what: 'Next / previous pane (issue list, periods, notes)',
    bindings: [
      { key: 'F6', action: 'nextPane' },
      { key: 'F6', shift: true, action: 'previousPane' },
      { key: ']', ctrl: true, action: 'nextPane' },
    ],
  },
  {
    group: 'Moving around',
    keys: 'Arrow keys on a claim or an empty cell',
    what: 'Claim above, below, or in the next period',
    bindings: [
      { key: 'ArrowDown' },
      { key: 'ArrowUp' },
      { key: 'ArrowLeft' },
      { key: 'ArrowRight' },
    ],
  },
  oneKey('Moving around', 'o', 'Overview of verdicts, and back', 'toggleOverview'),
  oneKey('Moving around', '[', 'Hide or show the issue areas', 'toggleSidebar'),
  oneKey('Moving around', ']', 'Hide or show the notes', 'toggleNotes'),
  {
    group: 'Claims and verdicts',
    keys: 'Enter on a claim',
    what: 'Open its evidence and citation',
    bindings: [{ key: 'Enter' }],
  },
  oneKey('Claims and verdicts', 'v', 'Go to the verdict of the current row', 'focusVerdict'),
  {
    group: 'Claims and verdicts',
    keys: 'Esc',
    what: 'Close a dialog or the overview',
    bindings: [{ key: 'Escape', action: 'closeOverview' }],
  },
  {
    group: 'Finding',
    keys: 'Mod+F or /',
    what: 'Search claims and quotes',
    bindings: [
      { key: 'f', mod: true, action: 'focusSearch' },
      { key: '/', action: 'focusSearch' },
    ],
  },
  {
    group: 'Finding',
    keys: 'Enter / Shift+Enter in search',
    what: 'Next / previous match',
    bindings: [{ key: 'Enter' }, { key: 'Enter', shift: true }],
  },
  {
    group: 'Finding',
    keys: 'Esc in search',
    what: 'Clear the search',
    bindings: [{ key: 'Escape' }],
  },
  {
    group: 'Notes',
    keys: 'Mod+Shift+L in the note editor',
    what: 'Insert a link to the claim selected in the panes',
    bindings: [{ key: 'l', mod: true, shift: true }],
  },
  {
    group: 'Help',
    keys: '?',
    what: 'These shortcuts',
    bindings: [{ key: '?', shift: true, action: 'openHelp' }],
  },
];

/** The parts of a key press a binding is matched against. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Shift is part of '?' and of some layouts' '/', '[' and ']': only Shift+F6 and Shift+Enter mean it. */
const SHIFT_MATTERS = new Set(['F6', 'Enter', 'l', 'L']);

export function matches(binding: KeyBinding, press: KeyPress): boolean {
  const mod = press.ctrlKey || press.metaKey;
  // With Ctrl or ⌘, Shift may capitalise the key; alone, "J" is not "j".
  const sameKey = binding.mod
    ? press.key.toLowerCase() === binding.key.toLowerCase()
    : press.key === binding.key;
  if (!sameKey) return false;
  if (binding.ctrl ? !press.ctrlKey : binding.mod ? !mod : mod) return false;
  if (press.altKey !== (binding.alt ?? false)) return false;
  return !SHIFT_MATTERS.has(binding.key) || press.shiftKey === (binding.shift ?? false);
}

/** The workbench-wide binding a key press makes, if any. */
export function bindingFor(press: KeyPress): KeyBinding | undefined {
  for (const s of SHORTCUTS) {
    for (const b of s.bindings) if (b.action && matches(b, press)) return b;
  }
  return undefined;
}

/** A binding in CodeMirror's notation ("Mod-Shift-l"), to compare with an editor's keymap. */
export function codeMirrorKey(binding: KeyBinding): string {
  const parts = [binding.mod && 'Mod', binding.ctrl && 'Ctrl', binding.alt && 'Alt'];
  return [...parts, binding.shift && 'Shift', binding.key].filter(Boolean).join('-');
}
