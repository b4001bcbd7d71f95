import type { Navigation } from './useNavigation';
import type { SettingsHandle } from './useSettings';
import type { SidePanels } from './useSidePanels';
import type { ViewControls } from './Toolbar';

/** The toolbar's view controls: what is shown, read from and written to the settings. */
export function viewControls(
  { settings, update }: SettingsHandle,
  navigation: Pick<Navigation, 'overview' | 'setOverview'>,
  sidePanels: SidePanels,
  hasCharts: boolean,
  openHelp: () => void,
): ViewControls {
  return {
    overview: navigation.overview,
    setOverview: navigation.setOverview,
    hasCharts,
    chartsOpen: !settings.chartsCollapsed,
    setCharts: (open) => update((s) => ({ ...s, chartsCollapsed: !open })),
    notesOpen: sidePanels.notesOpen,
    sidebarOpen: sidePanels.sidebarOpen,
    togglePanel: sidePanels.toggle,
    density: settings.density,
    setDensity: (density) => update((s) => ({ ...s, density })),
    theme: settings.theme,
    setTheme: (theme) => update((s) => ({ ...s, theme })),
    openHelp,
  };
}
