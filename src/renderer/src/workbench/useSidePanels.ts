/**
 * Which side panels are open: the analyst's choice, remembered in the settings, except below the
 * widths in `autoCollapse` where a panel starts collapsed and opening it lasts until the window
 * is wide again (so a narrow window never rewrites the choice made on a wide one).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SettingsHandle } from './useSettings';

export type SidePanel = 'sidebar' | 'notes';

export interface SidePanels {
  readonly sidebarOpen: boolean;
  readonly notesOpen: boolean;
  readonly toggle: (panel: SidePanel) => void;
}

export function useSidePanels({ settings, update }: SettingsHandle): SidePanels {
  const [width, setWidth] = useState(() => window.innerWidth);
  // Opened by hand in a narrow window; forgotten when the window is wide again.
  const [narrowOpen, setNarrowOpen] = useState({ sidebar: false, notes: false });
  const { sidebarBelow, notesBelow } = settings.autoCollapse;
  useEffect(() => {
    const onResize = (): void => {
      const next = window.innerWidth;
      setWidth(next);
      setNarrowOpen((o) => ({
        sidebar: o.sidebar && next < sidebarBelow,
        notes: o.notes && next < notesBelow,
      }));
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [sidebarBelow, notesBelow]);
  const sidebarNarrow = width < sidebarBelow;
  const notesNarrow = width < notesBelow;

  const sidebarOpen = !settings.sidebarCollapsed && (!sidebarNarrow || narrowOpen.sidebar);
  const notesOpen = !settings.notesCollapsed && (!notesNarrow || narrowOpen.notes);

  const toggle = useCallback(
    (panel: SidePanel) => {
      const narrow = panel === 'sidebar' ? sidebarNarrow : notesNarrow;
      const open = panel === 'sidebar' ? sidebarOpen : notesOpen;
      const key = panel === 'sidebar' ? 'sidebarCollapsed' : 'notesCollapsed';
      if (narrow && !open) {
        // Opening in a narrow window: the remembered choice becomes "open" too.
        setNarrowOpen((o) => ({ ...o, [panel]: true }));
        update((s) => (s[key] ? { ...s, [key]: false } : s));
        return;
      }
      if (narrow) setNarrowOpen((o) => ({ ...o, [panel]: false }));
      else update((s) => ({ ...s, [key]: open }));
    },
    [sidebarNarrow, notesNarrow, sidebarOpen, notesOpen, update],
  );

  return { sidebarOpen, notesOpen, toggle };
}
