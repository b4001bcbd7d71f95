/** The workbench's keyboard shortcuts: the bindings of `SHORTCUTS` that name an action. */
import { useEffect, useRef } from 'react';
import { focusNextPane, focusVerdictOfCurrentRow, isTyping } from '../compare/gridNavigation';
import { bindingFor, type ShortcutAction } from './shortcuts';

export interface ShortcutActions {
  readonly stepIssue: (direction: 1 | -1) => void;
  readonly focusSearch: () => void;
  readonly toggleOverview: () => void;
  readonly closeOverview: () => boolean;
  readonly openHelp: () => void;
  readonly toggleSidebar: () => void;
  readonly toggleNotes: () => void;
}

/** Each action's handler; true when the key was used (and its default is then prevented). */
function handlers(a: ShortcutActions): Readonly<Record<ShortcutAction, () => boolean>> {
  const done = (act: () => void) => () => (act(), true);
  return {
    nextIssue: done(() => a.stepIssue(1)),
    previousIssue: done(() => a.stepIssue(-1)),
    nextPane: done(() => focusNextPane(1)),
    previousPane: done(() => focusNextPane(-1)),
    focusSearch: done(a.focusSearch),
    toggleOverview: done(a.toggleOverview),
    closeOverview: a.closeOverview,
    focusVerdict: focusVerdictOfCurrentRow,
    toggleSidebar: done(a.toggleSidebar),
    toggleNotes: done(a.toggleNotes),
    openHelp: done(a.openHelp),
  };
}

export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // An editor (the notes) or a dialog that handled the key keeps it.
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const binding = bindingFor(event);
      if (!binding?.action) return;
      const target = event.target as HTMLElement;
      const plain = !binding.mod && !binding.ctrl && !binding.alt && binding.key !== 'F6';
      // A letter typed into a field is text, not a shortcut.
      if (plain && isTyping(event.target)) return;
      // In an editor or a list box, Alt+arrows have their own meaning.
      if (
        binding.alt &&
        (target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
      ) {
        return;
      }
      if (handlers(latest.current)[binding.action]()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
