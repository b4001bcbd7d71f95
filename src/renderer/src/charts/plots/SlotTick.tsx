/** A category tick in two lines: the label (a period or an actor), and a muted second line. */
import type { Slot } from '../../../../core/charts/types';
import type { ChartTheme } from '../theme/chartTheme';

export function SlotTick(props: {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  readonly slots: readonly Slot[];
  readonly theme: ChartTheme;
}): React.JSX.Element | null {
  const slot = props.slots.find((s) => s.key === props.payload?.value);
  if (!slot) return null;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  return (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="middle" fontSize={12} fill={props.theme.fg}>
        <tspan x={0} dy={12} fontWeight={500}>
          {slot.label}
        </tspan>
        {slot.sublabel && (
          <tspan x={0} dy={15} fill={props.theme.muted}>
            {slot.sublabel}
          </tspan>
        )}
      </text>
    </g>
  );
}
