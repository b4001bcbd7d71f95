/** The workbench's keyboard shortcuts (listed in the "?" dialog). */
import { useEffect, useRef } from 'react';
import { focusNextPane, focusVerdictOfCurrentRow, isTyping } from '../compare/gridNavigation';

export interface ShortcutActions {
  readonly stepIssue: (direction: 1 | -1) => void;
  readonly focusSearch: () => void;
  readonly toggleOverview: () => void;
  readonly closeOverview: () => boolean;
  readonly openHelp: () => void;
  readonly toggleSidebar: () => void;
  readonly toggleNotes: () => void;
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
      const a = latest.current;
      const typing = isTyping(event.target);
      const mod = event.ctrlKey || event.metaKey;
      const handled = ((): boolean => {
        if (mod && !event.altKey && event.key.toLowerCase() === 'f') {
          a.focusSearch();
          return true;
        }
        if (event.key === 'F6' || (event.ctrlKey && event.key === ']')) {
          focusNextPane(event.shiftKey ? -1 : 1);
          return true;
        }
        if (event.altKey && !mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          // In an editor or a list box, Alt+arrows have their own meaning.
          const target = event.target as HTMLElement;
          if (
            target.isContentEditable ||
            target.tagName === 'SELECT' ||
            target.tagName === 'TEXTAREA'
          ) {
            return false;
          }
          a.stepIssue(event.key === 'ArrowDown' ? 1 : -1);
          return true;
        }
        if (typing || mod || event.altKey) return false;
        switch (event.key) {
          case 'j':
            a.stepIssue(1);
            return true;
          case 'k':
            a.stepIssue(-1);
            return true;
          case '/':
            a.focusSearch();
            return true;
          case 'o':
            a.toggleOverview();
            return true;
          case 'v':
            return focusVerdictOfCurrentRow();
          case '?':
            a.openHelp();
            return true;
          case '[':
            a.toggleSidebar();
            return true;
          case ']':
            a.toggleNotes();
            return true;
          case 'Escape':
            return a.closeOverview();
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
