import { useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CaseProblem } from '../../../core/api/contract';
import type { Case, CaseSummary } from '../../../core/case/schema';
import { indexCase } from '../../../core/compare/caseIndex';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayerState } from '../../../core/user/schema';
import { useVerdictSaver } from '../compare/useVerdictSaver';
import { EvidenceToolbarButtons } from '../evidence/EntryPoints';
import { Banners } from './Banners';
import { ComparisonArea } from './ComparisonArea';
import { MainColumn } from './MainColumn';
import { useOverviewPair } from '../compare/useOverviewPair';
import { NotesColumn } from './NotesColumn';
import { SidebarColumn } from './SidebarColumn';
import { useNoteLinks } from './useNoteLinks';
import { ExportActions } from './ExportActions';
import { briefBasis } from './briefBasis';
import { WorkbenchContexts } from './WorkbenchContexts';
import { viewControls } from './viewControls';
import { WorkbenchCharts } from './WorkbenchCharts';
import { WorkbenchDialogs } from './WorkbenchDialogs';
import { TopBar } from './TopBar';
import { useNarrowing } from './useNarrowing';
import { useNavigation } from './useNavigation';
import { usePanes } from './usePanes';
import { useSetAside } from './useSetAside';
import { useSidePanels, type SidePanels } from './useSidePanels';
import type { SettingsHandle } from './useSettings';
import { useEvidenceDialog } from './useEvidenceDialog';
import { useIssueRows } from './useIssueRows';
import { useWorkbenchShortcuts } from './useWorkbenchShortcuts';
import type { WorkbenchState } from './workbenchState';
import '../styles/workbench.css';
import '../styles/toolbar.css';
import '../styles/sidebar.css';
import '../styles/compare.css';
import '../styles/cards.css';
import '../styles/verdicts.css';
import '../styles/dialogs.css';
import '../styles/overview.css';
import '../styles/layout.css';

type Problem = z.infer<typeof CaseProblem>;

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

function frameClass({ notesOpen, sidebarOpen }: SidePanels, compact: boolean): string {
  return [
    'workbench',
    notesOpen ? '' : 'notes-collapsed',
    sidebarOpen ? '' : 'sidebar-collapsed',
    compact ? 'density-compact' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Why the analyst's layer is shown but not written. */
function readOnly(file: string): string {
  return `Read-only: ${file} could not be read.`;
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
  const brief = briefBasis(kase, user.layer, issue.id, settingsHandle);
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
  const readOnlyReason = user.status === 'broken' ? readOnly(user.file) : undefined;
  const hasCharts = kase.measures.some((m) => m.issue === issue.id);
  const view = viewControls(settingsHandle, navigation, sidePanels, hasCharts, openHelp);
  const noteLinks = useNoteLinks(kase, navigation.showIssue, sidePanels);
  const evidenceClaim = evidence.claimId ? index.claimById.get(evidence.claimId) : undefined;
  const state: WorkbenchState = { kase, layer: user.layer, panes, narrowing };

  return (
    <WorkbenchContexts
      noteLinks={noteLinks.value}
      caseId={kase.id}
      merged={merged}
      readOnlyReason={readOnlyReason}
      onUserChange={onUserChange}
      onShowIssue={navigation.showIssue}
      currentIssue={issue.id}
    >
      <div className={frameClass(sidePanels, settings.density === 'compact')}>
        <TopBar
          ref={searchRef}
          state={state}
          cases={props.cases}
          onOpenCase={props.onOpenCase}
          onStepHit={navigation.stepHit}
          view={view}
          evidence={<EvidenceToolbarButtons prefill={{ issue: issue.id, period: panes.ids[0] }} />}
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
          state={state}
          issueId={issue.id}
          open={sidePanels.sidebarOpen}
          onSelect={current.select}
        />
        <MainColumn
          state={state}
          navigation={navigation}
          overviewPair={overviewPair}
          overviewActions={
            <ExportActions
              brief={brief}
              figure={{
                panes: overviewPair.pair ? [overviewPair.pair.from, overviewPair.pair.to] : [],
                label: 'Export figure',
              }}
              from={overviewPair.pair?.from ?? panes.ids[0] ?? ''}
              to={overviewPair.pair?.to ?? panes.ids[1] ?? ''}
            />
          }
          comparison={
            <ComparisonArea
              // In the issue's header, not the top bar: at 1024 px the top bar has no room for it.
              issueActions={
                <ExportActions
                  brief={brief}
                  figure={{ panes: panes.ids, issueId: issue.id, label: 'Export this comparison…' }}
                  from={panes.ids[0] ?? ''}
                  to={panes.ids[1] ?? ''}
                />
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
                hasCharts && view.chartsOpen ? (
                  <WorkbenchCharts
                    kase={kase}
                    user={user}
                    onUserChange={onUserChange}
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
        {sidePanels.notesOpen && (
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
        <WorkbenchDialogs
          kase={kase}
          evidenceClaim={evidenceClaim}
          onCloseEvidence={evidence.close}
          helpOpen={helpOpen}
          onCloseHelp={() => setHelpOpen(false)}
        />
      </div>
    </WorkbenchContexts>
  );
}
