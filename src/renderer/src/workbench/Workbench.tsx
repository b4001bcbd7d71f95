import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CaseProblem } from '../../../core/api/contract';
import type { Case, CaseSummary } from '../../../core/case/schema';
import { indexCase } from '../../../core/compare/caseIndex';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayerState } from '../../../core/user/schema';
import { ChartsStrip } from '../charts/ChartsStrip';
import { FigureMemoryProvider } from '../charts/figureMemory';
import { ClaimSlotsContext } from '../compare/claimSlots';
import { useVerdictSaver } from '../compare/useVerdictSaver';
import { EvidenceToolbarButtons } from '../evidence/EntryPoints';
import { EvidenceProvider } from '../evidence/EvidenceProvider';
import { useNotesIndex } from '../notes/useNotesIndex';
import { Banners } from './Banners';
import { ComparisonArea } from './ComparisonArea';
import { EVIDENCE_SLOTS } from './evidenceSlots';
import { MainColumn } from './MainColumn';
import { useOverviewPair } from '../compare/useOverviewPair';
import { NotesColumn } from './NotesColumn';
import { SidebarColumn } from './SidebarColumn';
import { NoteLinksContext } from './noteLinksContext';
import { useNoteLinks } from './useNoteLinks';
import { ExportFigureButton } from '../figures/ExportFigureButton';
import { BriefButton } from '../briefs/BriefButton';
import {
  DEFAULT_CITATION_LOCALE,
  DEFAULT_CITATION_STYLE,
} from '../../../core/citation/citationChoices';
import { TopBar } from './TopBar';
import { useNarrowing } from './useNarrowing';
import { useNavigation } from './useNavigation';
import { usePanes } from './usePanes';
import { useSetAside } from './useSetAside';
import { useSidePanels } from './useSidePanels';
import type { SettingsHandle } from './useSettings';
import { useEvidenceDialog } from './useEvidenceDialog';
import { useIssueRows } from './useIssueRows';
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

function frameClass(notesOpen: boolean, sidebarOpen: boolean, compact: boolean): string {
  return [
    'workbench',
    notesOpen ? '' : 'notes-collapsed',
    sidebarOpen ? '' : 'sidebar-collapsed',
    compact ? 'density-compact' : '',
  ]
    .filter(Boolean)
    .join(' ');
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
  const briefProps = {
    kase,
    layer: user.layer,
    issueId: issue.id,
    style: settings.citationStyle ?? DEFAULT_CITATION_STYLE,
    locale: settings.citationLocale ?? DEFAULT_CITATION_LOCALE,
    analyst: settings.analystName ?? '',
    onAnalyst: (analystName: string) => update((s) => ({ ...s, analystName })),
  };
  const rows = useIssueRows(kase, issue.id, panes.ids, narrowing);

  const evidence = useEvidenceDialog();
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusedClaimId, setFocusedClaimId] = useState<string | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const sidePanels = useSidePanels(settingsHandle);
  useWorkbenchShortcuts(navigation, searchRef, openHelp, sidePanels.toggle);

  const { statuses, save } = useVerdictSaver(kase.id, onUserChange);
  const setAside = useSetAside(kase.id, onUserChange);
  const readOnlyReason =
    user.status === 'broken' ? `Read-only: ${user.file} could not be read.` : undefined;
  const issuesWithNotes = useNotesIndex(kase.id);
  const hasCharts = kase.measures.some((m) => m.issue === issue.id);
  const chartsOpen = !settings.chartsCollapsed;
  const { notesOpen, sidebarOpen } = sidePanels;
  const noteLinks = useNoteLinks(kase, navigation.showIssue, sidePanels);
  const evidenceClaim = evidence.claimId ? index.claimById.get(evidence.claimId) : undefined;

  return (
    <EvidenceProvider
      caseId={kase.id}
      merged={merged}
      readOnlyReason={readOnlyReason}
      onUserChange={onUserChange}
      onShowIssue={navigation.showIssue}
      currentIssue={issue.id}
    >
      <ClaimSlotsContext.Provider value={EVIDENCE_SLOTS}>
        <NoteLinksContext.Provider value={noteLinks.value}>
          <div className={frameClass(notesOpen, sidebarOpen, settings.density === 'compact')}>
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
                <EvidenceToolbarButtons prefill={{ issue: issue.id, period: panes.ids[0] }} />
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
            <SidebarColumn
              kase={kase}
              issueId={issue.id}
              panes={panes}
              narrowing={narrowing}
              layer={user.layer}
              issuesWithNotes={issuesWithNotes}
              open={sidebarOpen}
              onSelect={current.select}
            />
            <MainColumn
              kase={kase}
              layer={user.layer}
              narrowing={narrowing}
              navigation={navigation}
              overviewPair={overviewPair}
              overviewActions={
                <>
                  <ExportFigureButton
                    kase={kase}
                    layer={user.layer}
                    panes={overviewPair.pair ? [overviewPair.pair.from, overviewPair.pair.to] : []}
                    label="Export figure"
                    className="button"
                  />
                  <BriefButton
                    {...briefProps}
                    className="button"
                    from={overviewPair.pair?.from ?? panes.ids[0] ?? ''}
                    to={overviewPair.pair?.to ?? panes.ids[1] ?? ''}
                  />
                </>
              }
              comparison={
                <ComparisonArea
                  // In the issue's header, not the top bar: at 1024 px the top bar has no room for it.
                  issueActions={
                    <>
                      <ExportFigureButton
                        kase={kase}
                        layer={user.layer}
                        panes={panes.ids}
                        issueId={issue.id}
                        label="Export this comparison…"
                        className="button"
                      />
                      <BriefButton
                        {...briefProps}
                        className="button"
                        from={panes.ids[0] ?? ''}
                        to={panes.ids[1] ?? ''}
                      />
                    </>
                  }
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
                  onOpen={evidence.open}
                  onFocusClaim={setFocusedClaimId}
                  charts={
                    hasCharts && chartsOpen ? (
                      <FigureMemoryProvider
                        caseId={kase.id}
                        entries={user.layer.figureTexts}
                        onUserChange={onUserChange}
                      >
                        <SideCharts
                          kase={kase}
                          issueId={current.sideIssueId}
                          periods={panes.periods}
                        />
                      </FigureMemoryProvider>
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
                <EvidenceDialog kase={kase} claim={evidenceClaim} onClose={evidence.close} />
              )}
              {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
            </Suspense>
          </div>
        </NoteLinksContext.Provider>
      </ClaimSlotsContext.Provider>
    </EvidenceProvider>
  );
}
