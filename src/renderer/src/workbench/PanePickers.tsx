import { Fragment } from 'react';
import type { Case } from '../../../core/case/schema';
import { MAX_PANES, unusedPeriods } from '../../../core/compare/panes';
import { PlusIcon, SwapIcon } from '../ui/icons';
import { Options } from '../ui/Options';
import type { Panes } from './usePanes';

interface Props {
  readonly kase: Case;
  /** The compared periods and what changes them. */
  readonly panes: Pick<Panes, 'ids' | 'replace' | 'swap' | 'add'>;
}

/** One period select per pane, ⇄ between neighbours, and "+ Pane" while a period is left. */
export function PanePickers({ kase, panes: handle }: Props): React.JSX.Element {
  const { ids: panes, replace: onReplace, swap: onSwap, add: onAdd } = handle;
  const label = (id: string): string => kase.periods.find((p) => p.id === id)?.label ?? id;
  const spare = unusedPeriods(kase, panes);
  return (
    <div className="pane-pickers" role="group" aria-label="Compared periods">
      {panes.map((period, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <button
              type="button"
              className="icon-button swap-button"
              aria-label={`Swap ${label(panes[i - 1]!)} and ${label(period)}`}
              title="Swap these panes"
              onClick={() => onSwap(i - 1)}
            >
              <SwapIcon />
            </button>
          )}
          <label className="sr-only" htmlFor={`pane-select-${i}`}>
            Period in pane {i + 1}
          </label>
          <select
            id={`pane-select-${i}`}
            className="pane-select"
            value={period}
            onChange={(event) => onReplace(i, event.target.value)}
          >
            <Options items={kase.periods} value={(p) => p.id} label={(p) => p.label} />
          </select>
        </Fragment>
      ))}
      {panes.length < MAX_PANES && spare.length > 0 && (
        <button
          type="button"
          className="tool-button"
          onClick={onAdd}
          aria-label="Pane"
          title={`Add a pane for ${spare[0]!.label}`}
        >
          <PlusIcon />
          <span className="tool-label">Pane</span>
        </button>
      )}
    </div>
  );
}
