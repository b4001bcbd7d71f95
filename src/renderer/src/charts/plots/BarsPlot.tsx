/** Grouped bars by period (single figures), and request against outcome (bars by role). */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { colorOf } from '../theme/chartTheme';
import { BarMark, HatchDefs } from './marks';
import { PeriodBands } from './PeriodBands';
import {
  MAX_LABELLED_POINTS,
  slotWidth,
  UnitLabel,
  valueAxisTicks,
  type PlotProps,
} from './plotProps';
import { BAR_FRAME, barLabelRoom } from './barLabelRoom';
import { barFrameProps, slotAxisProps, slotTooltipProps, valueAxisProps } from './axisProps';

export function BarsPlot({ model, theme, width, height, idPrefix }: PlotProps): React.JSX.Element {
  const rows = model.slots.map((slot) => {
    const row: Record<string, unknown> = { key: slot.key, points: slot.points };
    for (const s of model.series) {
      row[s.key] = slot.points.find((p) => p.role === s.key)?.plotted ?? null;
    }
    return row;
  });
  const pointAt = (slotKey: unknown, role: string) =>
    model.slots.find((s) => s.key === slotKey)?.points.find((p) => p.role === role);
  const labels = model.points.length <= MAX_LABELLED_POINTS;
  const yTicks = valueAxisTicks(model, 1.25);
  const labelWidth = slotWidth(model, width) / Math.max(1, model.series.length);
  return (
    <BarChart
      {...barFrameProps(model, width, height)}
      data={rows}
      barCategoryGap={`${BAR_FRAME.categoryGap * 100}%`}
      barGap={BAR_FRAME.barGap}
    >
      <HatchDefs prefix={idPrefix} colors={model.points.map((p) => colorOf(p.color, theme))} />
      <UnitLabel text={model.valueAxisLabel} color={theme.muted} />
      <PeriodBands bands={model.bands} theme={theme} time={false} labels={false} />
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis
        {...slotAxisProps(model, width, theme)}
        padding={labels ? barLabelRoom(model, width, labelWidth) : undefined}
      />
      <YAxis {...valueAxisProps(model, yTicks, theme)} />
      <Tooltip {...slotTooltipProps(theme)} />
      {model.series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          maxBarSize={BAR_FRAME.maxBar}
          isAnimationActive={false}
          shape={(b: BarShapeProps) => (
            <BarMark
              point={pointAt((b.payload as { key?: unknown } | undefined)?.key, s.key)}
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              prefix={idPrefix}
              theme={theme}
              labels={labels}
              labelWidth={labelWidth}
              labelSide={
                model.series.length < 2
                  ? 'middle'
                  : i === 0
                    ? 'left'
                    : i === model.series.length - 1
                      ? 'right'
                      : 'middle'
              }
            />
          )}
        />
      ))}
    </BarChart>
  );
}
