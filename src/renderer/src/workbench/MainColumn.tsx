import { lazy, Suspense } from 'react';
import { isFilterActive } from '../../../core/compare/filters';
import { FilterBar } from '../compare/FilterBar';
import type { OverviewPair } from '../compare/useOverviewPair';
import type { Navigation } from './useNavigation';
import type { WorkbenchState } from './workbenchState';

// The overview is not on the first screen: it is loaded when first opened.
const Overview = lazy(() => import('../compare/Overview').then((m) => ({ default: m.Overview })));

interface Props {
  readonly state: WorkbenchState;
  readonly navigation: Navigation;
  /** The pair the overview counts. */
  readonly overviewPair: OverviewPair;
  /** The grid and its charts, shown unless the overview is. */
  readonly comparison: React.ReactNode;
  /** The overview's actions (its export). */
  readonly overviewActions?: React.ReactNode;
}

/** The middle of the workbench: what narrows it, then the overview or the comparison. */
export function MainColumn({
  state: { kase, layer, narrowing },
  navigation,
  overviewPair,
  comparison,
  overviewActions,
}: Props): React.JSX.Element {
  const { filter, setFilter, search, hiddenTotal, showAll } = narrowing;
  const onlyMatches = search.onlyMatches && search.terms.length > 0;
  return (
    <main className="main-column" aria-label="Comparison">
      {(isFilterActive(filter) || onlyMatches || narrowing.bothSides) && (
        <FilterBar
          filter={filter}
          hidden={hiddenTotal}
          onlyMatches={onlyMatches}
          bothSides={narrowing.bothSides}
          onBothSides={narrowing.setBothSides}
          onChange={setFilter}
          onClear={showAll}
          onShowAll={() => search.setOnlyMatches(false)}
        />
      )}
      {navigation.overview ? (
        <Suspense fallback={<p role="status">Loading the overview…</p>}>
          <Overview
            kase={kase}
            layer={layer}
            overviewPair={overviewPair}
            currentIssue={navigation.current.issue.id}
            onOpenRow={navigation.openRow}
            actions={overviewActions}
          />
        </Suspense>
      ) : (
        comparison
      )}
    </main>
  );
}
