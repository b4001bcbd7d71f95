import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Case, Issue, Period } from '../../../core/case/schema';
import { shortCitation } from '../../../core/compare/citation';
import type { IssueRow } from '../../../core/compare/grouping';
import type { SearchHit, SearchTerms } from '../../../core/compare/search';
import { adjacentPairs } from '../../../core/compare/pairs';
import type { UserLayer } from '../../../core/user/schema';
import { CARD_HINT_ID } from './ClaimCard';
import { CELL_PAGE, CELL_PAGE_LARGE } from './ClaimCell';
import { DimensionRow, type PaneInfo } from './DimensionRow';
import { isGridStop, moveFromCard, reveal } from './gridNavigation';
import { PaneBar } from './PaneBar';
import { markPanesPaintedIfSwitching } from './perfMarks';
import { rowVerdicts, type RowVerdicts } from './rowVerdicts';
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
  const [gridOffset, setGridOffset] = useState(0);
  const paneIds = useMemo(() => periods.map((p) => p.id), [periods]);
  // Sizes while the analyst drags a separator; the remembered ones once the panes change.
  const paneKey = paneIds.join('|');
  const pairs = useMemo(() => adjacentPairs(paneIds), [paneIds]);
  // Worked out once per layer and panes, not on every render of the grid.
  const verdictsByRow = useMemo(() => {
    const map = new Map<string, RowVerdicts>();
    for (const r of rows) {
      map.set(r.dimension.id, rowVerdicts(kase, layer, issue.id, r.dimension.id, pairs));
    }
    return map;
  }, [kase, layer, issue.id, rows, pairs]);
  const [live, setLive] = useState({ key: paneKey, sizes: props.sizes });
  const sizes =
    live.key === paneKey && live.sizes.length === periods.length ? live.sizes : props.sizes;
  const panes = useMemo<PaneInfo[]>(
    () => periods.map((p, i) => ({ id: p.id, label: p.label, slot: slots[i] ?? 0 })),
    [periods, slots],
  );
  const periodLabels = useMemo(() => new Map(kase.periods.map((p) => [p.id, p.label])), [kase]);
  const citations = useMemo(() => citationMap(kase), [kase]);

  const counts = useMemo(
    () => periods.map((_, i) => rows.reduce((sum, r) => sum + (r.cells[i]?.length ?? 0), 0)),
    [periods, rows],
  );
  const shownCards = useMemo(
    () =>
      rows.reduce(
        (sum, r) => sum + r.cells.reduce((s, c) => s + Math.min(c.length, CELL_PAGE), 0),
        0,
      ),
    [rows],
  );
  const virtual = shownCards > VIRTUAL_THRESHOLD;
  const page = virtual ? CELL_PAGE_LARGE : CELL_PAGE;

  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateRowHeight(rows[i], page),
    overscan: 1,
    scrollMargin: gridOffset,
  });

  useLayoutEffect(() => {
    setGridOffset(gridRef.current?.offsetTop ?? 0);
  }, [issue.id]);

  // A new issue area starts at its top, unless the analyst is being taken to a claim or a row.
  useLayoutEffect(() => {
    if (!target && scrollRef.current) scrollRef.current.scrollTop = 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the issue area changes
  }, [issue.id]);

  useLayoutEffect(() => {
    markPanesPaintedIfSwitching();
  }, [issue.id, rows]);

  useEffect(() => {
    if (!target || target.issue !== issue.id) return;
    const index = rows.findIndex((r) => r.dimension.id === target.dimension);
    if (virtual && index !== -1) virtualizer.scrollToIndex(index, { align: 'start' });
    let tries = 0;
    let frame = requestAnimationFrame(function find() {
      const scroller = scrollRef.current;
      const selector = target.claimId
        ? `[data-claim-id="${CSS.escape(target.claimId)}"]`
        : `[data-row-head="${CSS.escape(target.dimension)}"]`;
      const element = scroller?.querySelector<HTMLElement>(selector);
      if (!element && tries++ < 10) {
        frame = requestAnimationFrame(find);
        return;
      }
      if (element) {
        if (target.focus) element.focus({ preventScroll: true });
        reveal(element, target.claimId ? 'center' : 'start');
      }
      onTargetShown();
    });
    return () => cancelAnimationFrame(frame);
  }, [target, issue.id, rows, virtual, virtualizer, onTargetShown]);

  const onSizes = useCallback(
    (next: readonly number[]) => setLive({ key: paneKey, sizes: next }),
    [paneKey],
  );
  const template = `${sizes.map((s) => `minmax(0, ${s.toFixed(3)}fr)`).join(' ')} var(--verdict-w)`;

  const renderRow = (
    row: IssueRow,
    index: number,
    extra?: Partial<React.ComponentProps<typeof DimensionRow>>,
  ) => (
    <DimensionRow
      key={row.dimension.id}
      issueId={issue.id}
      row={row}
      rowIndex={index}
      page={page}
      panes={panes}
      periodLabels={periodLabels}
      citations={citations}
      terms={terms}
      narrowed={props.narrowed}
      currentHitId={currentHit?.dimension === row.dimension.id ? currentHit.claimId : undefined}
      revealId={
        target?.dimension === row.dimension.id
          ? target.claimId
          : currentHit?.dimension === row.dimension.id
            ? currentHit.claimId
            : undefined
      }
      verdicts={verdictsByRow.get(row.dimension.id) ?? { views: [], others: [] }}
      statuses={statuses}
      readOnlyReason={props.readOnlyReason}
      onOpen={props.onOpen}
      onFocusClaim={props.onFocusClaim}
      onSave={props.onSave}
      {...extra}
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
        onKeyDown={(event) => {
          const target = event.target as HTMLElement;
          if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
          if (!isGridStop(target)) return;
          if (moveFromCard(target, event.key)) event.preventDefault();
        }}
      >
        <div role="row" className="grid-head sr-only" aria-rowindex={1}>
          <span role="columnheader">Row</span>
          {periods.map((p) => (
            <span role="columnheader" key={p.id}>
              {p.label}
            </span>
          ))}
          <span role="columnheader">Verdict</span>
        </div>
        {virtual ? (
          <div className="virtual-rows" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) =>
              renderRow(rows[item.index]!, item.index, {
                measureRef: virtualizer.measureElement,
                style: {
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                },
              }),
            )}
          </div>
        ) : (
          rows.map((row, i) => renderRow(row, i))
        )}
      </div>
      <p id={CARD_HINT_ID} hidden>
        Press Enter to open the evidence.
      </p>
    </div>
  );
}

function estimateRowHeight(row: IssueRow | undefined, page: number): number {
  if (!row) return 120;
  const tallest = Math.max(1, ...row.cells.map((c) => Math.min(c.length, page)));
  return 40 + tallest * 140;
}

function citationMap(kase: Case): ReadonlyMap<string, string> {
  return new Map(kase.sources.map((s) => [s.id, shortCitation(s)]));
}
