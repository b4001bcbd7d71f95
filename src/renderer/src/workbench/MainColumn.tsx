import type { Case } from '../../../core/case/schema';
import { isFilterActive } from '../../../core/compare/filters';
import type { UserLayer } from '../../../core/user/schema';
import { FilterBar } from '../compare/FilterBar';
import { Overview } from '../compare/Overview';
import type { NarrowingHandle } from './useNarrowing';
import type { Navigation } from './useNavigation';

interface Props {
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly narrowing: NarrowingHandle;
  readonly navigation: Navigation;
  /** The periods on screen, in pane order: the overview counts the verdicts of their pair. */
  readonly paneIds: readonly string[];
  /** The grid and its charts, shown unless the overview is. */
  readonly comparison: React.ReactNode;
  /** The overview's actions (its export). */
  readonly overviewActions?: React.ReactNode;
}

/** The middle of the workbench: what narrows it, then the overview or the comparison. */
export function MainColumn({
  kase,
  layer,
  narrowing,
  navigation,
  paneIds,
  comparison,
  overviewActions,
}: Props): React.JSX.Element {
  const { filter, setFilter, search, hiddenTotal, showAll } = narrowing;
  const onlyMatches = search.onlyMatches && search.terms.length > 0;
  return (
    <main className="main-column" aria-label="Comparison">
      {(isFilterActive(filter) || onlyMatches) && (
        <FilterBar
          filter={filter}
          hidden={hiddenTotal}
          onlyMatches={onlyMatches}
          onChange={setFilter}
          onClear={showAll}
          onShowAll={() => search.setOnlyMatches(false)}
        />
      )}
      {navigation.overview ? (
        <Overview
          kase={kase}
          layer={layer}
          panes={paneIds}
          currentIssue={navigation.current.issue.id}
          onOpenRow={navigation.openRow}
          actions={overviewActions}
        />
      ) : (
        comparison
      )}
    </main>
  );
}
