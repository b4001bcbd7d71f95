/** The left column: the issue areas, the button for a new one, and the legend of modalities. */
import type { Case } from '../../../core/case/schema';
import type { UserLayer } from '../../../core/user/schema';
import { ModalityLegend } from '../compare/ModalityLegend';
import { NewIssueButton } from '../evidence/EntryPoints';
import { useNotesIndex } from '../notes/useNotesIndex';
import { IssueSidebar } from './IssueSidebar';
import type { NarrowingHandle } from './useNarrowing';
import type { Panes } from './usePanes';

export function SidebarColumn(props: {
  readonly kase: Case;
  readonly issueId: string;
  readonly panes: Panes;
  readonly narrowing: NarrowingHandle;
  readonly layer: UserLayer;
  readonly open: boolean;
  readonly onSelect: (issueId: string) => void;
}): React.JSX.Element {
  const { panes, narrowing } = props;
  const issuesWithNotes = useNotesIndex(props.kase.id);
  return (
    <div className="sidebar-column" id="issue-sidebar" hidden={!props.open}>
      <IssueSidebar
        kase={props.kase}
        currentIssue={props.issueId}
        periods={panes.periods}
        slots={panes.slots}
        counts={narrowing.counts}
        layer={props.layer}
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
