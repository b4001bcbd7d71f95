/**
 * The marks of a chart. A stated figure is solid; a derived one is hatched (bars) or outlined
 * (points, rungs), so it never passes for a sourced fact.
 */
import { labelLines } from '../../../../core/charts/labelLines';
import type { PlotPoint } from '../../../../core/charts/types';
import { colorOf, type ChartTheme } from '../theme/chartTheme';

/** The id of the hatch pattern for `color` in a chart whose ids start with `prefix`. */
export function hatchId(prefix: string, color: string): string {
  return `${prefix}-hatch-${color.replace(/[^a-zA-Z0-9]/g, '')}`;
}

/** One hatch pattern per colour, in the chart's own <defs> so exports carry them. */
export function HatchDefs(props: {
  readonly prefix: string;
  readonly colors: readonly string[];
}): React.JSX.Element {
  return (
    <defs>
      {[...new Set(props.colors)].map((color) => (
        <pattern
          key={color}
          id={hatchId(props.prefix, color)}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={color} fillOpacity={0.14} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={2.2} />
        </pattern>
      ))}
    </defs>
  );
}

const VALUE_SIZE = 12;
const CAPTION_SIZE = 11;

/**
 * A point's value, and a derived point's caption under it, broken to fit `maxWidth` and stacked
 * upward from `bottom` (or downward from it), so the label stays over its own mark.
 */
export function MarkLabel(props: {
  readonly point: PlotPoint;
  readonly x: number;
  readonly bottom: number;
  readonly maxWidth: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly theme: ChartTheme;
  readonly downward?: boolean;
}): React.JSX.Element {
  const { point, theme } = props;
  const lines = [
    ...labelLines(point.display, props.maxWidth, VALUE_SIZE).map((text) => ({
      text,
      caption: false,
    })),
    ...(point.caption ? labelLines(point.caption, props.maxWidth, CAPTION_SIZE) : []).map(
      (text) => ({ text, caption: true }),
    ),
  ];
  const step = 14;
  const first = props.downward ? props.bottom : props.bottom - step * (lines.length - 1);
  return (
    <text
      x={props.x}
      y={first}
      textAnchor={props.anchor}
      fontSize={VALUE_SIZE}
      fontWeight={600}
      fill={theme.fg}
      className="chart-mark-label"
      data-value-label=""
    >
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={props.x}
          dy={i === 0 ? 0 : step}
          fontSize={line.caption ? CAPTION_SIZE : undefined}
          fontWeight={line.caption ? 400 : undefined}
          fontStyle={line.caption ? 'italic' : undefined}
          fill={line.caption ? theme.muted : undefined}
        >
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

interface MarkContext {
  readonly prefix: string;
  readonly theme: ChartTheme;
  /** Draw the value above the mark (off for very large series). */
  readonly labels: boolean;
}

export function BarMark(
  props: MarkContext & {
    readonly point: PlotPoint | undefined;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    /** The room the label has: the bar's share of its category. */
    readonly labelWidth: number;
    /**
     * Where the label hangs: centred, or, for the outer bars of a group, from the bar's outer
     * edge outward, so two neighbours' labels never meet over the gap between them.
     */
    readonly labelSide: 'middle' | 'left' | 'right';
  },
): React.JSX.Element | null {
  const { point, x, y, width, height, theme } = props;
  if (!point || !Number.isFinite(y) || width <= 0) return null;
  const color = colorOf(point.color, theme);
  const derived = point.kind === 'derived';
  const h = Math.max(height, 1);
  return (
    <g className={`chart-mark chart-mark-${point.kind}`} data-point={point.id}>
      <rect
        x={x}
        y={y}
        width={width}
        height={h}
        fill={derived ? `url(#${hatchId(props.prefix, color)})` : color}
        stroke={derived ? color : 'none'}
        strokeWidth={derived ? 1.5 : 0}
        strokeDasharray={derived ? '4 2' : undefined}
      />
      {props.labels && (
        <MarkLabel
          point={point}
          x={
            props.labelSide === 'left' ? x + width : props.labelSide === 'right' ? x : x + width / 2
          }
          bottom={y - 6}
          maxWidth={Math.max(width + 8, props.labelWidth)}
          anchor={
            props.labelSide === 'left' ? 'end' : props.labelSide === 'right' ? 'start' : 'middle'
          }
          theme={theme}
        />
      )}
    </g>
  );
}

export function DotMark(
  props: MarkContext & {
    readonly point: PlotPoint | undefined;
    readonly cx: number | undefined;
    readonly cy: number | undefined;
    /** The right edge of the plot: labels near it are written to the left of the dot. */
    readonly plotRight: number;
    /** Write the value under the dot, where the line rises away from it. */
    readonly labelBelow?: boolean;
  },
): React.JSX.Element | null {
  const { point, cx, cy, theme } = props;
  if (!point || cx === undefined || cy === undefined) return null;
  const color = colorOf(point.color, theme);
  const derived = point.kind === 'derived';
  return (
    <g className={`chart-mark chart-mark-${point.kind}`} data-point={point.id}>
      <circle
        cx={cx}
        cy={cy}
        r={derived ? 5.5 : 5}
        fill={derived ? theme.bg : color}
        stroke={derived ? color : theme.bg}
        strokeWidth={derived ? 2 : 1.5}
        strokeDasharray={derived ? '2.5 1.5' : undefined}
      />
      {props.labels && (
        <MarkLabel
          point={point}
          x={cx > props.plotRight - 110 ? cx - 10 : cx + 10}
          bottom={props.labelBelow ? cy + 18 : cy - 8}
          downward={props.labelBelow}
          maxWidth={150}
          anchor={cx > props.plotRight - 110 ? 'end' : 'start'}
          theme={theme}
        />
      )}
    </g>
  );
}

/** A rung of a target ladder: a bar across the slot at the threshold, an arrow for "at least". */
export function RungMark(
  props: MarkContext & {
    readonly point: PlotPoint | undefined;
    readonly x: number;
    readonly y: number;
    readonly width: number;
  },
): React.JSX.Element | null {
  const { point, x, y, width, theme } = props;
  if (!point || !Number.isFinite(y) || width <= 0) return null;
  const color = colorOf(point.color, theme);
  const derived = point.kind === 'derived';
  const inset = Math.min(width * 0.12, 18);
  const mid = x + width / 2;
  const floor = point.bound === 'atLeast' || point.bound === 'orMore';
  return (
    <g className={`chart-mark chart-mark-${point.kind}`} data-point={point.id}>
      <line
        x1={x + inset}
        x2={x + width - inset}
        y1={y}
        y2={y}
        stroke={color}
        strokeWidth={5}
        strokeLinecap="round"
        strokeDasharray={derived ? '6 4' : undefined}
      />
      {floor && (
        <>
          <line x1={mid} x2={mid} y1={y - 3} y2={y - 17} stroke={color} strokeWidth={2} />
          <path
            d={`M${mid - 5},${y - 14} L${mid},${y - 21} L${mid + 5},${y - 14} Z`}
            fill={color}
          />
        </>
      )}
      {props.labels && (
        <MarkLabel
          point={point}
          x={floor ? mid + 9 : mid}
          bottom={floor ? y - 12 : y - 9}
          maxWidth={floor ? width / 2 - 9 : width}
          anchor={floor ? 'start' : 'middle'}
          theme={theme}
        />
      )}
    </g>
  );
}
