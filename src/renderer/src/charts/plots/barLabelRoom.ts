/**
 * The room the bar plots leave beside their outer bars, so an outer bar's value label, which
 * hangs outward from the bar, never reaches the value axis' ticks or the plot's right edge.
 * Recharts lays the bars out only when it draws, so the bars' places are worked out here the
 * way it does (category gap, bar gap, largest bar), and label widths are estimated.
 */
import { labelLines, textWidth } from '../../../../core/charts/labelLines';
import type { ChartModel, PlotPoint } from '../../../../core/charts/types';

/** The frame the bar plots share, in px: the value axis' width and the chart's margins. */
export const BAR_FRAME = { axis: 48, left: 4, right: 12, categoryGap: 0.24, barGap: 8, maxBar: 80 };

/** Inter at weight 600 runs wider than the estimate for regular text; and a little air. */
const BOLD_WIDENING = 1.12;
const AIR = 4;

/** The widest line of a point's label, wrapped as `MarkLabel` wraps it. */
export function labelWidthOf(point: PlotPoint, maxWidth: number): number {
  const lines = [
    ...labelLines(point.display, maxWidth, 12).map((l) => textWidth(l, 12) * BOLD_WIDENING),
    ...(point.caption ? labelLines(point.caption, maxWidth, 11) : []).map((l) => textWidth(l, 11)),
  ];
  return Math.max(0, ...lines);
}

interface Group {
  /** From the category's left edge to its first bar. */
  readonly start: number;
  readonly bar: number;
}

function groupIn(slot: number, bars: number): Group {
  const room = slot * (1 - 2 * BAR_FRAME.categoryGap) - (bars - 1) * BAR_FRAME.barGap;
  const bar = Math.max(1, Math.min(BAR_FRAME.maxBar, room / bars));
  const group = bars * bar + (bars - 1) * BAR_FRAME.barGap;
  return { start: (slot - group) / 2, bar };
}

/** Padding for the category axis, left and right, in px. */
export function barLabelRoom(
  model: ChartModel,
  width: number,
  labelWidth: number,
): { readonly left: number; readonly right: number } {
  const bars = Math.max(1, model.series.length);
  const slots = Math.max(1, model.slots.length);
  const plot = width - BAR_FRAME.axis - BAR_FRAME.left - BAR_FRAME.right;
  const first = model.series[0]?.key;
  const last = model.series[bars - 1]?.key;
  const widest = (slot: number, role: string | undefined): number =>
    Math.max(
      0,
      ...(model.slots[slot]?.points ?? [])
        .filter((p) => p.role === role)
        .map((p) => labelWidthOf(p, labelWidth)),
    );
  const leftLabel = widest(0, first);
  const rightLabel = widest(slots - 1, last);
  let left = 0;
  let right = 0;
  // Two rounds: the padding narrows the categories, which moves the bars a little.
  for (let round = 0; round < 2; round += 1) {
    const slot = Math.max(1, (plot - left - right) / slots);
    const g = groupIn(slot, bars);
    if (bars < 2) {
      // A lone bar's label is centred over it.
      left = Math.max(0, leftLabel / 2 + AIR - (g.start + g.bar / 2));
      right = Math.max(0, rightLabel / 2 + AIR - (g.start + g.bar / 2));
    } else {
      left = Math.max(0, leftLabel + AIR - (g.start + g.bar));
      right = Math.max(
        0,
        g.start + (bars - 1) * (g.bar + BAR_FRAME.barGap) + rightLabel + AIR - slot,
      );
    }
  }
  return { left: Math.ceil(left), right: Math.ceil(right) };
}
