/** The axes and the tooltip the plots share, as props for Recharts' own components. */
import type { ComponentProps } from 'react';
import type { BarChart, Tooltip, XAxisProps, YAxisProps } from 'recharts';
import { formatTick } from '../../../../core/charts/format';
import type { ChartModel } from '../../../../core/charts/types';
import type { ValueTicks } from '../../../../core/charts/valueTicks';
import { ChartTooltip } from '../PointDetails';
import type { ChartTheme } from '../theme/chartTheme';
import { BAR_FRAME } from './barLabelRoom';
import { AXIS_FONT_SIZE, slotAxisHeight, slotWidth } from './plotProps';
import { SlotTick } from './SlotTick';

/** The value axis: from zero to the round ticks given, in the measure's unit, without a line. */
export function valueAxisProps(
  model: ChartModel,
  ticks: ValueTicks,
  theme: ChartTheme,
): YAxisProps {
  return {
    width: BAR_FRAME.axis,
    domain: [0, ticks.max],
    ticks: [...ticks.ticks],
    tickFormatter: (v: number) => formatTick(v, model.unit),
    tick: { fill: theme.muted, fontSize: AXIS_FONT_SIZE },
    axisLine: false,
    tickLine: false,
  };
}

/** The frame the bar plots share: its size, the room left for labels above, and its title. */
export function barFrameProps(
  model: ChartModel,
  width: number,
  height: number,
): Pick<
  ComponentProps<typeof BarChart>,
  'accessibilityLayer' | 'width' | 'height' | 'margin' | 'title'
> {
  return {
    accessibilityLayer: false,
    width,
    height,
    margin: { top: 40, right: BAR_FRAME.right, bottom: 4, left: BAR_FRAME.left },
    title: model.title,
  };
}

/** The category axis of the bar plots: one slot per row of data, its label broken to fit. */
export function slotAxisProps(model: ChartModel, width: number, theme: ChartTheme): XAxisProps {
  return {
    dataKey: 'key',
    interval: 0,
    height: slotAxisHeight(model, width),
    tickLine: false,
    axisLine: { stroke: theme.muted },
    tick: (t) => (
      <SlotTick {...t} slots={model.slots} theme={theme} maxWidth={slotWidth(model, width)} />
    ),
  };
}

/** The bar plots' tooltip: the point's details over a tinted slot. */
export function slotTooltipProps(theme: ChartTheme): React.ComponentProps<typeof Tooltip> {
  return {
    content: ChartTooltip,
    cursor: { fill: theme.grid, fillOpacity: 0.45 },
    isAnimationActive: false,
  };
}
