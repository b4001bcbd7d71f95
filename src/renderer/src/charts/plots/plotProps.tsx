/** What every plot is given: the model, the palette, its size and a prefix for SVG ids. */
import type { ChartModel } from '../../../../core/charts/types';
import { labelLines } from '../../../../core/charts/labelLines';
import { countsWholeThings, valueTicks, type ValueTicks } from '../../../../core/charts/valueTicks';
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

/** The room one category has on the x axis, less a gap, for its tick label. */
export function slotWidth(model: ChartModel, width: number): number {
  return Math.max(40, (width - 64) / Math.max(1, model.slots.length) - 8);
}

/** The height the category axis needs for its tick labels, each broken to fit its slot. */
export function slotAxisHeight(model: ChartModel, width: number): number {
  const room = slotWidth(model, width);
  const lines = Math.max(
    1,
    ...model.slots.map(
      (s) => labelLines(s.label, room, 12).length + labelLines(s.sublabel ?? '', room, 12).length,
    ),
  );
  return 12 + lines * 14;
}

/**
 * Round ticks for the value axis, whole numbers for counts, with headroom above the largest
 * value for the labels and arrows drawn over the marks.
 */
export function valueAxisTicks(model: ChartModel, headroom = 1.15): ValueTicks {
  const max = Math.max(0, ...model.points.map((p) => p.plotted));
  // Whole numbers only on a plain axis: half a million jobs is a figure, half a summit is not.
  const integer = countsWholeThings(model.unit) && model.scale.divisor === 1;
  return valueTicks(max * headroom, { integer });
}

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
