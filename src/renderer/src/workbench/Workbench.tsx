import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CaseProblem } from '../../../core/api/contract';
import type { Case, CaseSummary } from '../../../core/case/schema';
import { indexCase } from '../../../core/compare/caseIndex';
import { groupIssue } from '../../../core/compare/grouping';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayerState } from '../../../core/user/schema';
import { ChartsStrip } from '../charts/ChartsStrip';
import { ClaimSlotsContext } from '../compare/claimSlots';
import { ModalityLegend } from '../compare/ModalityLegend';
import { useVerdictSaver } from '../compare/useVerdictSaver';
import { EvidenceToolbarButtons, NewIssueButton } from '../evidence/EntryPoints';
import { EvidenceProvider } from '../evidence/EvidenceProvider';
import { useNotesIndex } from '../notes/useNotesIndex';
import { Banners } from './Banners';
import { ComparisonArea } from './ComparisonArea';
import { EVIDENCE_SLOTS } from './evidenceSlots';
import { IssueSidebar } from './IssueSidebar';
import { MainColumn } from './MainColumn';
import { claimsOnBothSides } from '../compare/claimsOnBothSides';
import { useOverviewPair } from '../compare/useOverviewPair';
import { NotesColumn } from './NotesColumn';
import { NoteLinksContext } from './noteLinksContext';
import { useNoteLinks } from './useNoteLinks';
import { ExportFigureButton } from '../figures/ExportFigureButton';
import { TopBar } from './TopBar';
import { useNarrowing } from './useNarrowing';
import { useNavigation } from './useNavigation';
import { usePanes } from './usePanes';
import { useSetAside } from './useSetAside';
import { useSidePanels } from './useSidePanels';
import type { SettingsHandle } from './useSettings';
import { useWorkbenchShortcuts } from './useWorkbenchShortcuts';
import '../styles/workbench.css';
import '../styles/toolbar.css';
import '../styles/sidebar.css';
import '../styles/compare.css';
import '../styles/cards.css';
import '../styles/verdicts.css';
import '../styles/dialogs.css';
import '../styles/overview.css';
import '../styles/layout.css';

// What the first screen does not show is loaded when first opened.
const EvidenceDialog = lazy(() =>
  import('../compare/EvidenceDialog').then((m) => ({ default: m.EvidenceDialog })),
);
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

type Problem = z.infer<typeof CaseProblem>;

// The charts re-render only when their own props change, not on every workbench update.
const SideCharts = memo(ChartsStrip);
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
 * the verdict at its end; the charts under them; the notes on the right. It composes the
 * features; each feature knows only itself.
 */
export function Workbench(props: Props): React.JSX.Element {
  const { kase: builtIn, user, onUserChange, settings: settingsHandle } = props;
  // The analyst's own issues, rows, sources, claims and data join the built-in case here.
  const merged = useMemo(() => mergeCase(builtIn, user.layer), [builtIn, user.layer]);
  const kase = merged.case;
  const { settings, update } = settingsHandle;
  const index = indexCase(kase);
  const panes = usePanes(kase, settingsHandle);
  const narrowing = useNarrowing(kase, panes.ids);
  const overviewPair = useOverviewPair(panes.ids);
  const navigation = useNavigation(kase, settingsHandle, index, panes, narrowing);
  const { current } = navigation;
  const { issue } = current;
  const { bothSides } = narrowing;
  const rows = useMemo(() => {
    const all = groupIssue(kase, issue.id, panes.ids, narrowing.narrowing);
    return bothSides
      ? all.filter((r) => claimsOnBothSides(kase, issue.id, r.dimension.id, panes.ids))
      : all;
  }, [kase, issue.id, panes.ids, narrowing.narrowing, bothSides]);

  const [evidenceId, setEvidenceId] = useState<string | undefined>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusedClaimId, setFocusedClaimId] = useState<string | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeEvidence = useCallback(() => {
    const id = evidenceId;
    setEvidenceId(undefined);
    // Back to the card the dialog was opened from, even if the grid re-rendered it meanwhile.
    if (id) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }, [evidenceId]);
  const sidePanels = useSidePanels(settingsHandle);
  useWorkbenchShortcuts(navigation, searchRef, openHelp, sidePanels.toggle);

  const { statuses, save } = useVerdictSaver(kase.id, onUserChange);
  const setAside = useSetAside(kase.id, onUserChange);
  const readOnlyReason =
    user.status === 'broken' ? `Read-only: ${user.file} could not be read.` : undefined;
  const issuesWithNotes = useNotesIndex(kase.id);
  const noteLinks = useNoteLinks(kase, navigation.showIssue, sidePanels);
  const hasCharts = kase.measures.some((m) => m.issue === issue.id);
  const chartsOpen = !settings.chartsCollapsed;
  const { notesOpen, sidebarOpen } = sidePanels;
  const frameClass = [
    'workbench',
    notesOpen ? '' : 'notes-collapsed',
    sidebarOpen ? '' : 'sidebar-collapsed',
    settings.density === 'compact' ? 'density-compact' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const evidenceClaim = evidenceId ? index.claimById.get(evidenceId) : undefined;

  return (
    <EvidenceProvider
      caseId={kase.id}
      merged={merged}
      readOnlyReason={readOnlyReason}
      onUserChange={onUserChange}
      onShowIssue={navigation.showIssue}
    >
      <ClaimSlotsContext.Provider value={EVIDENCE_SLOTS}>
        <NoteLinksContext.Provider value={noteLinks.value}>
          <div className={frameClass}>
            <TopBar
              ref={searchRef}
              kase={kase}
              cases={props.cases}
              onOpenCase={props.onOpenCase}
              panes={panes}
              narrowing={narrowing}
              onStepHit={navigation.stepHit}
              view={{
                overview: navigation.overview,
                setOverview: navigation.setOverview,
                hasCharts,
                chartsOpen,
                setCharts: (open) => update((s) => ({ ...s, chartsCollapsed: !open })),
                notesOpen,
                sidebarOpen,
                togglePanel: sidePanels.toggle,
                density: settings.density,
                setDensity: (density) => update((s) => ({ ...s, density })),
                theme: settings.theme,
                setTheme: (theme) => update((s) => ({ ...s, theme })),
                openHelp,
              }}
              evidence={
                <>
                  <EvidenceToolbarButtons prefill={{ issue: issue.id, period: panes.ids[0] }} />
                  <ExportFigureButton
                    kase={kase}
                    layer={user.layer}
                    panes={panes.ids}
                    issueId={issue.id}
                    label="Export this comparison…"
                  />
                </>
              }
            />
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
            <div className="sidebar-column" id="issue-sidebar" hidden={!sidebarOpen}>
              <IssueSidebar
                kase={kase}
                currentIssue={issue.id}
                periods={panes.periods}
                slots={panes.slots}
                counts={narrowing.counts}
                layer={user.layer}
                hitsByIssue={narrowing.search.hitsByIssue}
                issuesWithNotes={issuesWithNotes}
                filtered={narrowing.narrowed}
                onSelect={current.select}
              />
              <NewIssueButton />
              <ModalityLegend />
            </div>
            <MainColumn
              kase={kase}
              layer={user.layer}
              narrowing={narrowing}
              navigation={navigation}
              overviewPair={overviewPair}
              overviewActions={
                <ExportFigureButton
                  kase={kase}
                  layer={user.layer}
                  panes={overviewPair.pair ? [overviewPair.pair.from, overviewPair.pair.to] : []}
                  label="Export figure"
                  className="button"
                />
              }
              comparison={
                <ComparisonArea
                  kase={kase}
                  issue={issue}
                  panes={panes}
                  rows={rows}
                  layer={user.layer}
                  statuses={statuses}
                  readOnlyReason={readOnlyReason}
                  terms={narrowing.search.terms}
                  narrowed={narrowing.narrowed}
                  currentHit={narrowing.search.current}
                  target={navigation.target}
                  onTargetShown={navigation.clearTarget}
                  onSave={save}
                  onOpen={setEvidenceId}
                  onFocusClaim={setFocusedClaimId}
                  charts={
                    hasCharts && chartsOpen ? (
                      <SideCharts
                        kase={kase}
                        issueId={current.sideIssueId}
                        periods={panes.periods}
                      />
                    ) : undefined
                  }
                  chartsSize={settings.chartsSize}
                  onChartsSize={(size) => update((s) => ({ ...s, chartsSize: size }))}
                />
              }
            />
            {notesOpen && (
              <NotesColumn
                kase={kase}
                issueId={current.sideIssueId}
                focusedClaimId={focusedClaimId}
                onJumpToClaim={navigation.jumpToClaim}
                onOpenIssue={current.select}
                reveal={noteLinks.reveal}
                onRevealed={noteLinks.revealed}
              />
            )}
            <Suspense fallback={null}>
              {evidenceClaim && (
                <EvidenceDialog kase={kase} claim={evidenceClaim} onClose={closeEvidence} />
              )}
              {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
            </Suspense>
          </div>
        </NoteLinksContext.Provider>
      </ClaimSlotsContext.Provider>
    </EvidenceProvider>
  );
}
