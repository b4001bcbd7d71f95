import { forwardRef } from 'react';
import type { CaseSummary } from '../../../core/case/schema';
import { SidebarIcon } from '../ui/icons';
import { Toolbar, type ToolbarProps } from './Toolbar';
import { Options } from '../ui/Options';

interface Props extends ToolbarProps {
  readonly cases: readonly CaseSummary[];
  readonly onOpenCase: (caseId: string) => void;
}

/** The bar over the workbench: the case, then the toolbar (periods, finding, view). */
export const TopBar = forwardRef<HTMLInputElement, Props>(function TopBar(
  { cases, onOpenCase, ...toolbar },
  searchRef,
) {
  const { kase } = toolbar.state;
  return (
    <header className="topbar">
      <div className="brand-bar">
        <button
          type="button"
          className="icon-button"
          aria-label="Issue areas"
          aria-expanded={toolbar.view.sidebarOpen}
          aria-controls="issue-sidebar"
          title="Show or hide the issue areas ([)"
          onClick={() => toolbar.view.togglePanel('sidebar')}
        >
          <SidebarIcon size={16} />
        </button>
        <span className="brand">Diptych</span>
        <label className="sr-only" htmlFor="case-select">
          Case
        </label>
        <select
          id="case-select"
          className="case-select"
          value={kase.id}
          title={kase.title}
          onChange={(event) => onOpenCase(event.target.value)}
        >
          <Options items={cases} value={(c) => c.id} label={(c) => c.title} />
        </select>
      </div>
      <Toolbar ref={searchRef} {...toolbar} />
    </header>
  );
});
