import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CaseProblem } from '../../../core/api/contract';
import type { Case, CaseSummary } from '../../../core/case/schema';
import { indexCase } from '../../../core/compare/caseIndex';
import { EMPTY_FILTER, isFilterActive } from '../../../core/compare/filters';
import { countByIssue, groupIssue } from '../../../core/compare/grouping';
import { isNarrowed, isShown, type Narrowing } from '../../../core/compare/narrowing';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayerState } from '../../../core/user/schema';
import { ChartsStrip } from '../charts/ChartsStrip';
import type { GridTarget } from '../compare/ComparisonGrid';
import { EvidenceDialog } from '../compare/EvidenceDialog';
import { FilterBar } from '../compare/FilterBar';
import { ModalityLegend } from '../compare/ModalityLegend';
import { Overview } from '../compare/Overview';
import { useVerdictSaver } from '../compare/useVerdictSaver';
import { EvidenceToolbarButtons, NewIssueButton } from '../evidence/EntryPoints';
import { EvidenceProvider } from '../evidence/EvidenceProvider';
import { useNotesIndex } from '../notes/useNotesIndex';
import { Banners } from './Banners';
import { ComparisonArea } from './ComparisonArea';
import { IssueSidebar } from './IssueSidebar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useIssue } from './useIssue';
import { usePanes } from './usePanes';
import { useSearch } from './useSearch';
import { useSetAside } from './useSetAside';
import type { SettingsHandle } from './useSettings';
import { useShortcuts } from './useShortcuts';
import '../styles/workbench.css';
import '../styles/toolbar.css';
import '../styles/sidebar.css';
import '../styles/compare.css';
import '../styles/cards.css';
import '../styles/verdicts.css';
import '../styles/dialogs.css';
import '../styles/overview.css';

type Problem = z.infer<typeof CaseProblem>;

// The side panels re-render only when their own props change, not on every workbench update.
const SideCharts = memo(ChartsStrip);
// The editor (CodeMirror) is loaded after the first paint: the comparison is what an analyst
// reads first, and start-up should not wait for an editor.
const SideNotes = memo(
  lazy(() => import('../notes/NotesPanel').then((m) => ({ default: m.NotesPanel }))),
);

interface Props {
  readonly kase: Case;
  readonly user: UserLayerState;
  readonly onUserChange: (user: UserLayerState) => void;
  readonly cases: readonly CaseSummary[];
  readonly caseProblems: readonly Problem[];
  readonly workspace: string;
  readonly onOpenCase: (caseId: string) => void;
  readonly openError: string | undefined;
  readonly settings: SettingsHandle;
}

/**
 * The workbench: issue areas on the left; the periods side by side, one row per dimension with
 * the verdict at its end; the charts under them; the notes on the right.
 */
export function Shell(props: Props): React.JSX.Element {
  const { kase: builtIn, user, onUserChange, settings: settingsHandle } = props;
  // The analyst's own issues, rows, sources, claims and data join the built-in case here.
  const merged = useMemo(() => mergeCase(builtIn, user.layer), [builtIn, user.layer]);
  const kase = merged.case;
  const { settings, update } = settingsHandle;
  const index = indexCase(kase);
  const panes = usePanes(kase, settingsHandle);
  const current = useIssue(kase, settingsHandle);
  const { issue, select: selectIssue } = current;

  // Filters and search, and what they leave on screen.
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const search = useSearch(kase, panes.ids, filter);
  const { terms, onlyMatches, setOnlyMatches } = search;
  const narrowing = useMemo<Narrowing>(
    () => ({ filter, terms, onlyMatches }),
    [filter, terms, onlyMatches],
  );
  const narrowed = isNarrowed(narrowing);
  const rows = useMemo(
    () => groupIssue(kase, issue.id, panes.ids, narrowing),
    [kase, issue.id, panes.ids, narrowing],
  );
  const counts = useMemo(
    () => countByIssue(kase, panes.ids, narrowing),
    [kase, panes.ids, narrowing],
  );
  const hiddenTotal = useMemo(
    () =>
      narrowed
        ? kase.claims.filter((c) => panes.ids.includes(c.period) && !isShown(c, narrowing)).length
        : 0,
    [kase, panes.ids, narrowing, narrowed],
  );

  // Where the grid should take the analyst once it shows it.
  const [overview, setOverview] = useState(false);
  const [target, setTarget] = useState<GridTarget | undefined>(undefined);
  const clearTarget = useCallback(() => setTarget(undefined), []);
  const [evidenceId, setEvidenceId] = useState<string | undefined>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusedClaimId, setFocusedClaimId] = useState<string | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);

  const stepHit = (direction: 1 | -1): void => {
    const hit = search.step(direction, issue.id);
    if (!hit) return;
    setOverview(false);
    selectIssue(hit.issue);
    setTarget({ issue: hit.issue, dimension: hit.dimension, claimId: hit.claimId, focus: false });
  };

  const openRow = useCallback(
    (issueId: string, dimension: string) => {
      setOverview(false);
      selectIssue(issueId);
      setTarget({ issue: issueId, dimension, focus: true });
    },
    [selectIssue],
  );

  const { show: showPeriod } = panes;
  const jumpToClaim = useCallback(
    (claimId: string) => {
      const claim = index.claimById.get(claimId);
      if (!claim) return;
      showPeriod(claim.period);
      if (!isShown(claim, narrowing)) {
        setFilter(EMPTY_FILTER);
        setOnlyMatches(false);
      }
      setOverview(false);
      selectIssue(claim.issue);
      setTarget({ issue: claim.issue, dimension: claim.dimension, claimId, focus: true });
    },
    [index, showPeriod, narrowing, selectIssue, setOnlyMatches],
  );

  const closeEvidence = useCallback(() => {
    const id = evidenceId;
    setEvidenceId(undefined);
    if (id) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }, [evidenceId]);

  useShortcuts({
    stepIssue: (direction) => {
      const next = current.step(direction);
      // Keep keyboard users in the list when that is where they are.
      if (next && document.activeElement?.closest('.sidebar')) {
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`.issue-link[data-issue="${next}"]`)?.focus(),
        );
      }
    },
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    toggleOverview: () => setOverview((o) => !o),
    closeOverview: () => {
      if (!overview) return false;
      setOverview(false);
      return true;
    },
    openHelp: () => setHelpOpen(true),
  });

  const { statuses, save } = useVerdictSaver(kase.id, onUserChange);
  const setAside = useSetAside(kase.id, onUserChange);
  const readOnlyReason =
    user.status === 'broken' ? `Read-only: ${user.file} could not be read.` : undefined;

  const issuesWithNotes = useNotesIndex(kase.id);
  const hasCharts = kase.measures.some((m) => m.issue === issue.id);
  const chartsOpen = !settings.chartsCollapsed;
  const notesOpen = !settings.notesCollapsed;
  const evidenceClaim = evidenceId ? index.claimById.get(evidenceId) : undefined;

  return (
    <EvidenceProvider
      caseId={kase.id}
      merged={merged}
      readOnlyReason={readOnlyReason}
      onUserChange={onUserChange}
      onShowIssue={(id) => {
        setOverview(false);
        selectIssue(id);
      }}
    >
      <div className={`workbench${notesOpen ? '' : ' notes-collapsed'}`}>
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
              onChange={(event) => props.onOpenCase(event.target.value)}
            >
              {props.cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <Toolbar
            ref={searchRef}
            kase={kase}
            panes={panes.ids}
            onReplacePane={panes.replace}
            onSwapPanes={panes.swap}
            onAddPane={panes.add}
            filter={filter}
            onFilter={setFilter}
            query={search.query}
            hitCount={search.hits.length}
            hitIndex={search.index}
            hasTerms={terms.length > 0}
            onlyMatches={onlyMatches}
            onQuery={search.setQuery}
            onStepHit={stepHit}
            onOnlyMatches={setOnlyMatches}
            overview={overview}
            onOverview={setOverview}
            hasCharts={hasCharts}
            chartsOpen={chartsOpen}
            onCharts={(open) => update((s) => ({ ...s, chartsCollapsed: !open }))}
            notesOpen={notesOpen}
            onNotes={(open) => update((s) => ({ ...s, notesCollapsed: !open }))}
            theme={settings.theme}
            onTheme={(theme) => update((s) => ({ ...s, theme }))}
            onHelp={() => setHelpOpen(true)}
            evidence={
              <EvidenceToolbarButtons prefill={{ issue: issue.id, period: panes.ids[0] }} />
            }
          />
        </header>
        <Banners
          caseProblems={props.caseProblems}
          user={user}
          workspace={props.workspace}
          setAside={setAside.state}
          onSetAside={setAside.run}
          onDismissSetAside={setAside.dismiss}
          settingsNotice={settingsHandle.notice}
          onDismissSettings={settingsHandle.dismissNotice}
          openError={props.openError}
        />
        <div className="sidebar-column">
          <IssueSidebar
            kase={kase}
            currentIssue={issue.id}
            periods={panes.periods}
            slots={panes.slots}
            counts={counts}
            layer={user.layer}
            hitsByIssue={search.hitsByIssue}
            issuesWithNotes={issuesWithNotes}
            filtered={narrowed}
            onSelect={selectIssue}
          />
          <NewIssueButton />
          <ModalityLegend />
        </div>
        <main className="main-column" aria-label="Comparison">
          {(isFilterActive(filter) || (onlyMatches && terms.length > 0)) && (
            <FilterBar
              filter={filter}
              hidden={hiddenTotal}
              onlyMatches={onlyMatches && terms.length > 0}
              onChange={setFilter}
              onClear={() => {
                setFilter(EMPTY_FILTER);
                setOnlyMatches(false);
              }}
              onShowAll={() => setOnlyMatches(false)}
            />
          )}
          {overview ? (
            <Overview kase={kase} layer={user.layer} currentIssue={issue.id} onOpenRow={openRow} />
          ) : (
            <ComparisonArea
              kase={kase}
              issue={issue}
              panes={panes}
              rows={rows}
              layer={user.layer}
              statuses={statuses}
              readOnlyReason={readOnlyReason}
              terms={terms}
              narrowed={narrowed}
              currentHit={search.current}
              target={target}
              onTargetShown={clearTarget}
              onSave={save}
              onOpen={setEvidenceId}
              onFocusClaim={setFocusedClaimId}
              charts={
                hasCharts && chartsOpen ? (
                  <SideCharts kase={kase} issueId={current.sideIssueId} periods={panes.periods} />
                ) : undefined
              }
              chartsSize={settings.chartsSize}
              onChartsSize={(size) => update((s) => ({ ...s, chartsSize: size }))}
            />
          )}
        </main>
        {notesOpen && (
          <div className="notes-column">
            <Suspense
              fallback={<aside className="notes-panel" aria-label="Notes" aria-busy="true" />}
            >
              <SideNotes
                kase={kase}
                issueId={current.sideIssueId}
                focusedClaimId={focusedClaimId}
                onJumpToClaim={jumpToClaim}
                onOpenIssue={selectIssue}
              />
            </Suspense>
          </div>
        )}
        {evidenceClaim && (
          <EvidenceDialog kase={kase} claim={evidenceClaim} onClose={closeEvidence} />
        )}
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      </div>
    </EvidenceProvider>
  );
}
