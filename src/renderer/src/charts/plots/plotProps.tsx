/** What every plot is given: the model, the palette, its size and a prefix for SVG ids. */
import type { ChartModel } from '../../../../core/charts/types';
import type { ChartTheme } from '../theme/chartTheme';

export interface PlotProps {
  readonly model: ChartModel;
  readonly theme: ChartTheme;
  readonly width: number;
  readonly height: number;
  /** Unique in the document: hatch patterns and clip paths are referenced by id. */
  readonly idPrefix: string;
}

/** Beyond this many points, values are not written beside every mark. */
export const MAX_LABELLED_POINTS = 24;

export const AXIS_FONT_SIZE = 12;

/** The value axis' unit, written above it (easier to read than a rotated label). */
export function UnitLabel(props: {
  readonly text: string;
  readonly color: string;
}): React.JSX.Element {
  return (
    <text x={4} y={13} fontSize={AXIS_FONT_SIZE} fill={props.color} className="chart-unit-label">
      {props.text}
    </text>
  );
}
