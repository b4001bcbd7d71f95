import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Case, Issue, Period } from '../../../core/case/schema';
import { shortCitation } from '../../../core/compare/citation';
import type { IssueRow } from '../../../core/compare/grouping';
import type { SearchHit, SearchTerms } from '../../../core/compare/search';
import { adjacentPairs } from '../../../core/compare/pairs';
import type { UserLayer } from '../../../core/user/schema';
import { CARD_HINT_ID } from './ClaimCard';
import { CELL_PAGE, CELL_PAGE_LARGE } from './ClaimCell';
import { DimensionRow, type PaneInfo, type RowShared } from './DimensionRow';
import { GridColumnHeads } from './GridColumnHeads';
import { GridRows } from './GridRows';
import { onGridKeyDown } from './gridNavigation';
import { PaneBar } from './PaneBar';
import { markPanesPaintedIfSwitching } from './perfMarks';
import { useCellCounts } from './useCellCounts';
import { useVerdictsByRow } from './useVerdictsByRow';
import { useGridTarget } from './useGridTarget';
import type { SaveStatus, SaveVerdict } from './useVerdictSaver';

/** Above this many cards on screen, rows are rendered only as they scroll into view. */
const VIRTUAL_THRESHOLD = 60;

/** Something to bring into view once the grid shows it: a claim, or a row. */
export interface GridTarget {
  readonly issue: string;
  readonly dimension: string;
  readonly claimId?: string;
  readonly focus: boolean;
}

export interface ComparisonGridProps {
  readonly kase: Case;
  readonly issue: Issue;
  readonly periods: readonly Period[];
  readonly slots: readonly number[];
  readonly sizes: readonly number[];
  readonly rows: readonly IssueRow[];
  readonly layer: UserLayer;
  readonly statuses: ReadonlyMap<string, SaveStatus>;
  readonly readOnlyReason: string | undefined;
  readonly terms: SearchTerms;
  readonly narrowed: boolean;
  readonly currentHit: SearchHit | undefined;
  readonly target: GridTarget | undefined;
  readonly onTargetShown: () => void;
  readonly onSave: SaveVerdict;
  readonly onOpen: (claimId: string) => void;
  readonly onFocusClaim: (claimId: string) => void;
  readonly onSizesChosen: (sizes: readonly number[]) => void;
  readonly onRemovePane: (index: number) => void;
}

/**
 * The comparison of one issue area: one row per dimension, one column per compared period, the
 * verdict at the row's end. Rows are CSS grids sharing one column template, which follows the
 * resizable pane headers, so the claims of a row stand level whatever the widths.
 */
export function ComparisonGrid(props: ComparisonGridProps): React.JSX.Element {
  const { kase, issue, periods, slots, rows, layer, statuses, terms, currentHit, target } = props;
  const { onTargetShown } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const paneIds = useMemo(() => periods.map((p) => p.id), [periods]);
  // Sizes while the analyst drags a separator; the remembered ones once the panes change.
  const paneKey = paneIds.join('|');
  const pairs = useMemo(() => adjacentPairs(paneIds), [paneIds]);
  const verdictsByRow = useVerdictsByRow(kase, layer, issue.id, rows, pairs);
  const [live, setLive] = useState({ key: paneKey, sizes: props.sizes });
  const sizes =
    live.key === paneKey && live.sizes.length === periods.length ? live.sizes : props.sizes;
  const panes = useMemo<PaneInfo[]>(
    () => periods.map((p, i) => ({ id: p.id, label: p.label, slot: slots[i] ?? 0 })),
    [periods, slots],
  );
  const periodLabels = useMemo(() => new Map(kase.periods.map((p) => [p.id, p.label])), [kase]);
  const citations = useMemo(() => citationMap(kase), [kase]);

  const { counts, shownCards } = useCellCounts(periods.length, rows);
  const virtual = shownCards > VIRTUAL_THRESHOLD;
  const page = virtual ? CELL_PAGE_LARGE : CELL_PAGE;

  useLayoutEffect(() => {
    markPanesPaintedIfSwitching();
  }, [issue.id, rows]);

  useGridTarget({
    scrollRef,
    issueId: issue.id,
    target,
    virtual,
    onTargetShown,
  });

  const onSizes = useCallback(
    (next: readonly number[]) => setLive({ key: paneKey, sizes: next }),
    [paneKey],
  );
  const template = `${sizes.map((s) => `minmax(0, ${s.toFixed(3)}fr)`).join(' ')} var(--verdict-w)`;
  const { narrowed, readOnlyReason, onOpen, onFocusClaim, onSave } = props;
  const shared = useMemo<RowShared>(
    () => ({
      panes,
      cell: { page, narrowed, citations, terms, onOpen, onFocusClaim },
      verdict: { issueId: issue.id, periodLabels, statuses, readOnlyReason, onSave },
    }),
    [
      panes,
      page,
      narrowed,
      citations,
      terms,
      onOpen,
      onFocusClaim,
      issue.id,
      periodLabels,
      statuses,
      readOnlyReason,
      onSave,
    ],
  );

  const renderRow = (
    row: IssueRow,
    index: number,
    placement?: Pick<React.ComponentProps<typeof DimensionRow>, 'measureRef' | 'style'>,
  ) => (
    <DimensionRow
      key={row.dimension.id}
      shared={shared}
      row={row}
      rowIndex={index}
      currentHitId={currentHit?.dimension === row.dimension.id ? currentHit.claimId : undefined}
      revealId={
        target?.dimension === row.dimension.id
          ? target.claimId
          : currentHit?.dimension === row.dimension.id
            ? currentHit.claimId
            : undefined
      }
      verdicts={verdictsByRow.get(row.dimension.id) ?? { views: [], others: [] }}
      {...placement}
    />
  );

  return (
    <div
      className="compare-scroll"
      ref={scrollRef}
      style={{ '--grid-cols': template } as React.CSSProperties}
      data-issue={issue.id}
    >
      <div className="pane-bar">
        <PaneBar
          periods={periods}
          slots={slots}
          sizes={props.sizes}
          counts={counts}
          canRemove={periods.length > 2}
          onSizes={onSizes}
          onSizesChosen={props.onSizesChosen}
          onRemove={props.onRemovePane}
        />
        <div className="pane-corner">
          <span>Verdict</span>
        </div>
      </div>
      <div
        role="grid"
        ref={gridRef}
        className="compare-grid"
        aria-label={`${issue.label}: ${periods.map((p) => p.label).join(' compared with ')}`}
        aria-rowcount={rows.length + 1}
        aria-colcount={periods.length + 2}
        onKeyDown={onGridKeyDown}
      >
        <GridColumnHeads periods={periods} />
        <GridRows
          rows={rows}
          virtual={virtual ? { page, issueId: issue.id, target, scrollRef, gridRef } : undefined}
          renderRow={renderRow}
        />
      </div>
      <p id={CARD_HINT_ID} hidden>
        Press Enter to open the evidence.
      </p>
    </div>
  );
}

function citationMap(kase: Case): ReadonlyMap<string, string> {
  return new Map(kase.sources.map((s) => [s.id, shortCitation(s)]));
}
