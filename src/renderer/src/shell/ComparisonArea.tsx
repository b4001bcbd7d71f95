import { Group, Panel, Separator } from 'react-resizable-panels';
import type { Case, Issue } from '../../../core/case/schema';
import type { IssueRow } from '../../../core/compare/grouping';
import type { SearchHit, SearchTerms } from '../../../core/compare/search';
import type { UserLayer } from '../../../core/user/schema';
import { ComparisonGrid, type GridTarget } from '../compare/ComparisonGrid';
import { IssueActions } from '../evidence/EntryPoints';
import type { SaveStatus, SaveVerdict } from '../compare/useVerdictSaver';
import type { Panes } from './usePanes';

/** The charts' share of the column until the analyst drags the divider. */
const DEFAULT_CHARTS_SIZE = 34;

interface Props {
  readonly kase: Case;
  readonly issue: Issue;
  readonly panes: Panes;
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
  /** The charts strip, when the issue area has figures and the strip is open. */
  readonly charts: React.ReactNode;
  readonly chartsSize: number | undefined;
  readonly onChartsSize: (size: number) => void;
}

/** The issue area's title, its comparison grid, and the charts under it (resizable). */
export function ComparisonArea(props: Props): React.JSX.Element {
  const { issue, panes, charts } = props;
  const chartsSize = props.chartsSize ?? DEFAULT_CHARTS_SIZE;
  return (
    <>
      <div className="issue-header">
        <h1 className="issue-title">{issue.label}</h1>
        {issue.description && <p className="issue-description">{issue.description}</p>}
        <IssueActions issueId={issue.id} />
      </div>
      <Group
        orientation="vertical"
        className="main-split"
        defaultLayout={{ 'main-compare': 100 - chartsSize, 'main-charts': chartsSize }}
        onLayoutChanged={(layout, meta) => {
          const size = (meta.requestedLayout ?? layout)['main-charts'];
          if (meta.isUserInteraction && size !== undefined) {
            props.onChartsSize(Math.round(size * 10) / 10);
          }
        }}
      >
        {/* The grid's panel stays mounted whether or not the charts are there. */}
        <Panel id="main-compare" minSize="25" className="split-panel">
          <ComparisonGrid
            kase={props.kase}
            issue={issue}
            periods={panes.periods}
            slots={panes.slots}
            sizes={panes.sizes}
            rows={props.rows}
            layer={props.layer}
            statuses={props.statuses}
            readOnlyReason={props.readOnlyReason}
            terms={props.terms}
            narrowed={props.narrowed}
            currentHit={props.currentHit}
            target={props.target}
            onTargetShown={props.onTargetShown}
            onSave={props.onSave}
            onOpen={props.onOpen}
            onFocusClaim={props.onFocusClaim}
            onSizesChosen={panes.chooseSizes}
            onRemovePane={panes.remove}
          />
        </Panel>
        {charts && (
          <>
            <Separator
              className="split-separator"
              aria-label="Resize the comparison and the charts"
            />
            <Panel id="main-charts" minSize="12" maxSize="75" className="split-panel">
              <div className="charts-dock">{charts}</div>
            </Panel>
          </>
        )}
      </Group>
    </>
  );
}
