import { ComparisonGrid, type ComparisonGridProps } from '../compare/ComparisonGrid';
import { IssueActions } from '../evidence/EntryPoints';
import { SplitGroup } from '../ui/split/SplitGroup';
import { useDefaultChartsSize } from './useDefaultChartsSize';
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
  const fallback = useDefaultChartsSize(props.chartsSize, Boolean(charts));
  const size = props.chartsSize ?? fallback;
  return (
    <>
      <div className="issue-header">
        <h1 className="issue-title one-line">{issue.label}</h1>
        {issue.description && (
          <p className="issue-description secondary-text one-line">{issue.description}</p>
        )}
        <IssueActions issueId={issue.id}>{issueActions}</IssueActions>
      </div>
      <SplitGroup
        orientation="vertical"
        className="main-split"
        sizes={charts ? [100 - size, size] : undefined}
        separatorClassName="split-separator resize-separator"
        separatorLabel={() => 'Resize the comparison and the charts'}
        onResizeEnd={(sizes) => {
          const chosen = sizes[1];
          if (chosen !== undefined) onChartsSize(Math.round(chosen * 10) / 10);
        }}
        panels={[
          // The grid's panel stays mounted whether or not the charts are there.
          {
            id: 'main-compare',
            className: 'split-panel',
            min: 25,
            content: (
              <ComparisonGrid
                {...grid}
                periods={panes.periods}
                slots={panes.slots}
                sizes={panes.sizes}
                onSizesChosen={panes.chooseSizes}
                onRemovePane={panes.remove}
              />
            ),
          },
          ...(charts
            ? [
                {
                  id: 'main-charts',
                  className: 'split-panel',
                  min: 12,
                  max: 75,
                  content: <div className="charts-dock">{charts}</div>,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
