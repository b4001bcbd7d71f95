/** The plot a chart's shape calls for, at a given size: on screen and in an exported figure. */
import type { ChartKind } from '../../../../core/charts/chartKind';
import { BarsPlot } from './BarsPlot';
import { LadderPlot } from './LadderPlot';
import type { PlotProps } from './plotProps';
import { TimeSeriesPlot } from './TimeSeriesPlot';

/** The plot's height on screen, by shape. */
export const PLOT_HEIGHT: Readonly<Record<ChartKind, number>> = {
  bars: 230,
  requestVsOutcome: 230,
  ladder: 250,
  timeSeries: 260,
};

export function Plot(props: PlotProps): React.JSX.Element {
  switch (props.model.kind) {
    case 'bars':
    case 'requestVsOutcome':
      return <BarsPlot {...props} />;
    case 'ladder':
      return <LadderPlot {...props} />;
    case 'timeSeries':
      return <TimeSeriesPlot {...props} />;
  }
}
