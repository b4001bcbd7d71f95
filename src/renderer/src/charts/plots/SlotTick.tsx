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
  const label = labelLines(slot.label, props.maxWidth, 12);
  const sublabel = labelLines(slot.sublabel ?? '', props.maxWidth, 12);
  return (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="middle" fontSize={12} fill={props.theme.fg}>
        {label.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 12 : 14} fontWeight={500}>
            {line}
          </tspan>
        ))}
      </text>
      {sublabel.length > 0 && (
        <text
          y={12 + (label.length - 1) * 14 + 15}
          textAnchor="middle"
          fontSize={12}
          fill={props.theme.muted}
          className={slot.points.length === 0 ? 'chart-no-figure' : undefined}
        >
          {sublabel.map((line, i) => (
            <tspan key={i} x={0} dy={i === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
