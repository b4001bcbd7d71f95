/** A target ladder: one rung per threshold, grouped under the period it belongs to. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { PlotPoint } from '../../../../core/charts/types';
import { RungMark } from './marks';
import { PeriodBands } from './PeriodBands';
import { MAX_LABELLED_POINTS, UnitLabel, valueAxisTicks, type PlotProps } from './plotProps';
import { barFrameProps, slotAxisProps, slotTooltipProps, valueAxisProps } from './axisProps';

export function LadderPlot({ model, theme, width, height }: PlotProps): React.JSX.Element {
  const rows = model.slots.map((slot) => ({
    key: slot.key,
    value: slot.points[0]?.plotted ?? null,
    points: slot.points,
  }));
  const yTicks = valueAxisTicks(model, 1.3);
  const labels = model.points.length <= MAX_LABELLED_POINTS;
  return (
    <BarChart {...barFrameProps(model, width, height)} data={rows} barCategoryGap="12%">
      <UnitLabel text={model.valueAxisLabel} color={theme.muted} />
      <PeriodBands bands={model.bands} theme={theme} time={false} />
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis {...slotAxisProps(model, width, theme)} />
      <YAxis {...valueAxisProps(model, yTicks, theme)} />
      <Tooltip {...slotTooltipProps(theme)} />
      <Bar
        dataKey="value"
        name="Threshold"
        isAnimationActive={false}
        shape={(b: BarShapeProps) => (
          <RungMark
            point={(b.payload as { points?: readonly PlotPoint[] } | undefined)?.points?.[0]}
            x={b.x}
            y={b.y}
            width={b.width}
            prefix=""
            theme={theme}
            labels={labels}
          />
        )}
      />
    </BarChart>
  );
}
