/** The workbench's answers to its keyboard shortcuts (useShortcuts listens, this acts). */
import type { RefObject } from 'react';
import type { Navigation } from './useNavigation';
import type { SidePanel } from './useSidePanels';
import { useShortcuts } from './useShortcuts';

export function useWorkbenchShortcuts(
  navigation: Navigation,
  searchRef: RefObject<HTMLInputElement | null>,
  openHelp: () => void,
  togglePanel: (panel: SidePanel) => void,
): void {
  const { current, overview, setOverview } = navigation;
  useShortcuts({
    stepIssue: (direction) => {
      const next = current.step(direction);
      // Keep keyboard users in the list when that is where they are.
      if (next && document.activeElement?.closest('.sidebar')) {
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`.issue-link[data-issue="${next}"]`)?.focus(),
        );
      }
    },
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    toggleOverview: () => setOverview((o) => !o),
    closeOverview: () => {
      if (!overview) return false;
      setOverview(false);
      return true;
    },
    openHelp,
    toggleSidebar: () => togglePanel('sidebar'),
    toggleNotes: () => togglePanel('notes'),
  });
}
