import { Group, Panel, Separator, useGroupRef } from 'react-resizable-panels';
import { ComparisonGrid, type ComparisonGridProps } from '../compare/ComparisonGrid';
import { IssueActions } from '../evidence/EntryPoints';
import { defaultChartsLayout, useDefaultChartsLayout } from './useDefaultChartsLayout';
import type { Panes } from './usePanes';

/** The grid's own props, less what the panes give it. */
type GridProps = Omit<
  ComparisonGridProps,
  'periods' | 'slots' | 'sizes' | 'onSizesChosen' | 'onRemovePane'
>;

interface Props extends GridProps {
  readonly panes: Panes;
  /** The charts strip, when the issue area has figures and the strip is open. */
  readonly charts: React.ReactNode;
  readonly chartsSize: number | undefined;
  readonly onChartsSize: (size: number) => void;
  /** More actions on the issue area, beside "+ Add row" (its export as a figure). */
  readonly issueActions?: React.ReactNode;
}

/** The issue area's title, its comparison grid, and the charts under it (resizable). */
export function ComparisonArea(props: Props): React.JSX.Element {
  const { panes, charts, onChartsSize, issueActions, ...grid } = props;
  const { issue } = grid;
  const group = useGroupRef();
  useDefaultChartsLayout(group, props.chartsSize, Boolean(charts));
  const chosen = props.chartsSize;
  return (
    <>
      <div className="issue-header">
        <h1 className="issue-title one-line">{issue.label}</h1>
        {issue.description && (
          <p className="issue-description secondary-text one-line">{issue.description}</p>
        )}
        <IssueActions issueId={issue.id}>{issueActions}</IssueActions>
      </div>
      <Group
        orientation="vertical"
        className="main-split"
        groupRef={group}
        defaultLayout={
          chosen === undefined
            ? defaultChartsLayout(window.innerHeight)
            : { 'main-compare': 100 - chosen, 'main-charts': chosen }
        }
        onLayoutChanged={(layout, meta) => {
          const size = (meta.requestedLayout ?? layout)['main-charts'];
          if (meta.isUserInteraction && size !== undefined) {
            onChartsSize(Math.round(size * 10) / 10);
          }
        }}
      >
        {/* The grid's panel stays mounted whether or not the charts are there. */}
        <Panel id="main-compare" minSize="25" className="split-panel">
          <ComparisonGrid
            {...grid}
            periods={panes.periods}
            slots={panes.slots}
            sizes={panes.sizes}
            onSizesChosen={panes.chooseSizes}
            onRemovePane={panes.remove}
          />
        </Panel>
        {charts && (
          <>
            <Separator
              className="split-separator resize-separator"
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
