/** The left column: the issue areas, the button for a new one, and the legend of modalities. */
import { ModalityLegend } from '../compare/ModalityLegend';
import { NewIssueButton } from '../evidence/EntryPoints';
import { useNotesIndex } from '../notes/useNotesIndex';
import { IssueSidebar } from './IssueSidebar';
import type { WorkbenchState } from './workbenchState';

export function SidebarColumn(props: {
  readonly state: WorkbenchState;
  readonly issueId: string;
  readonly open: boolean;
  readonly onSelect: (issueId: string) => void;
}): React.JSX.Element {
  const { kase, layer, panes, narrowing } = props.state;
  const issuesWithNotes = useNotesIndex(kase.id);
  return (
    <div className="sidebar-column" id="issue-sidebar" hidden={!props.open}>
      <IssueSidebar
        kase={kase}
        currentIssue={props.issueId}
        periods={panes.periods}
        slots={panes.slots}
        counts={narrowing.counts}
        layer={layer}
        hitsByIssue={narrowing.search.hitsByIssue}
        issuesWithNotes={issuesWithNotes}
        filtered={narrowing.narrowed}
        onSelect={props.onSelect}
      />
      <NewIssueButton />
      <ModalityLegend />
    </div>
  );
}
