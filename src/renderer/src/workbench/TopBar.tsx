import { forwardRef } from 'react';
import type { Case, CaseSummary } from '../../../core/case/schema';
import { Toolbar, type ViewControls } from './Toolbar';
import type { NarrowingHandle } from './useNarrowing';
import type { Panes } from './usePanes';

interface Props {
  readonly kase: Case;
  readonly cases: readonly CaseSummary[];
  readonly onOpenCase: (caseId: string) => void;
  readonly panes: Panes;
  readonly narrowing: NarrowingHandle;
  readonly onStepHit: (direction: 1 | -1) => void;
  readonly view: ViewControls;
  readonly evidence?: React.ReactNode;
}

/** The bar over the workbench: the case, then the toolbar (periods, finding, view). */
export const TopBar = forwardRef<HTMLInputElement, Props>(function TopBar(
  { kase, cases, onOpenCase, ...toolbar },
  searchRef,
) {
  return (
    <header className="topbar">
      <div className="brand-bar">
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
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <Toolbar ref={searchRef} kase={kase} {...toolbar} />
    </header>
  );
});
