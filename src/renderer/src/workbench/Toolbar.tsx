import { forwardRef } from 'react';
import type { Density, ThemeChoice } from '../../../core/settings/schema';
import { FilterPopover } from '../compare/FilterPopover';
import { ChartIcon, GridIcon, KeyboardIcon, NotesIcon } from '../ui/icons';
import { SearchBox } from '../compare/SearchBox';
import { PanePickers } from './PanePickers';
import type { SidePanel } from './useSidePanels';
import { ToolToggle } from './ToolToggle';
import { ViewMenu } from './ViewMenu';
import type { WorkbenchState } from './workbenchState';

/** The view's switches: overview or grid, the side panels, theme and density, the shortcuts. */
export interface ViewControls {
  readonly overview: boolean;
  readonly setOverview: (open: boolean) => void;
  readonly hasCharts: boolean;
  readonly chartsOpen: boolean;
  readonly setCharts: (open: boolean) => void;
  readonly notesOpen: boolean;
  readonly sidebarOpen: boolean;
  readonly togglePanel: (panel: SidePanel) => void;
  readonly density: Density;
  readonly setDensity: (density: Density) => void;
  readonly theme: ThemeChoice;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly openHelp: () => void;
}

export interface ToolbarProps {
  readonly state: WorkbenchState;
  readonly onStepHit: (direction: 1 | -1) => void;
  readonly view: ViewControls;
  /** "Add claim" and "Sources & data". */
  readonly evidence?: React.ReactNode;
}

/** Comparison, finding and view controls over the panes. */
export const Toolbar = forwardRef<HTMLInputElement, ToolbarProps>(function Toolbar(
  { state, onStepHit, view, evidence },
  searchRef,
) {
  const { kase, panes, narrowing } = state;
  const { search } = narrowing;
  return (
    <div className="toolbar">
      <PanePickers kase={kase} panes={panes} />
      <span className="toolbar-sep" aria-hidden="true" />
      <FilterPopover
        kase={kase}
        filter={narrowing.filter}
        onChange={narrowing.setFilter}
        bothSides={narrowing.bothSides}
        onBothSides={narrowing.setBothSides}
      />
      <SearchBox
        ref={searchRef}
        query={search.query}
        hitCount={search.hits.length}
        current={search.index}
        hasTerms={search.terms.length > 0}
        onlyMatches={search.onlyMatches}
        onQuery={search.setQuery}
        onStep={onStepHit}
        onOnlyMatches={search.setOnlyMatches}
      />
      <span className="toolbar-spacer" />
      {evidence}
      <ToolToggle
        on={view.overview}
        onToggle={() => view.setOverview(!view.overview)}
        label="Overview"
        icon={<GridIcon />}
        title="Overview of verdicts (o)"
      />
      <ToolToggle
        on={view.chartsOpen}
        onToggle={() => view.setCharts(!view.chartsOpen)}
        label="Charts"
        icon={<ChartIcon />}
        iconOnly
        disabled={!view.hasCharts}
        title={view.hasCharts ? 'Show or hide the charts' : 'This issue area has no figures'}
      />
      <ToolToggle
        on={view.notesOpen}
        onToggle={() => view.togglePanel('notes')}
        label="Notes"
        icon={<NotesIcon />}
        iconOnly
        controls="notes-column"
        title="Show or hide the notes (])"
      />
      <ViewMenu
        theme={view.theme}
        setTheme={view.setTheme}
        density={view.density}
        setDensity={view.setDensity}
      />
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={view.openHelp}
      >
        <KeyboardIcon size={16} />
      </button>
    </div>
  );
});
