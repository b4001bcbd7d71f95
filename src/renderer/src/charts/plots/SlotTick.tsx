/** A category tick in two lines: the label (a period or an actor), and a muted second line. */
import { labelLines } from '../../../../core/charts/labelLines';
import type { Slot } from '../../../../core/charts/types';
import type { ChartTheme } from '../theme/chartTheme';

export function SlotTick(props: {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  readonly slots: readonly Slot[];
  readonly theme: ChartTheme;
  /** The width of one category: a longer label breaks into lines rather than run into the next. */
  readonly maxWidth: number;
}): React.JSX.Element | null {
  const slot = props.slots.find((s) => s.key === props.payload?.value);
  if (!slot) return null;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  return (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="middle" fontSize={12} fill={props.theme.fg}>
        {labelLines(slot.label, props.maxWidth, 12).map((line, i) => (
          <tspan key={`l${i}`} x={0} dy={i === 0 ? 12 : 14} fontWeight={500}>
            {line}
          </tspan>
        ))}
        {labelLines(slot.sublabel ?? '', props.maxWidth, 12).map((line, i) => (
          <tspan key={`s${i}`} x={0} dy={i === 0 ? 15 : 14} fill={props.theme.muted}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
