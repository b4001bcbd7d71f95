/**
 * Dated figures over time, the periods shaded as bands; or, in "since start" mode, each period's
 * figures against the years since it began, so two administrations line up from day one.
 */
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  DefaultZIndexes,
} from 'recharts';
import { lineSegments } from '../../../../core/charts/chartText';
import { formatYearsSince, yearTicks } from '../../../../core/charts/timeAxis';
import type { PlotPoint } from '../../../../core/charts/types';
import { ChartTooltip } from '../PointDetails';
import { colorOf, type ChartTheme } from '../theme/chartTheme';
import { DotMark } from './marks';
import { PeriodBands } from './PeriodBands';
import {
  AXIS_FONT_SIZE,
  MAX_LABELLED_POINTS,
  UnitLabel,
  valueAxisTicks,
  type PlotProps,
} from './plotProps';
import { valueAxisProps } from './axisProps';

export function TimeSeriesPlot({ model, theme, width, height }: PlotProps): React.JSX.Element {
  const [min, max] = model.domain ?? [0, 1];
  const sinceStart = model.timeMode === 'sinceStart';
  const ticks = yearTicks(min, max, Math.max(3, Math.floor(width / 70)));
  const labels = model.points.length <= MAX_LABELLED_POINTS;
  const yTicks = valueAxisTicks(model);
  return (
    <ComposedChart
      accessibilityLayer={false}
      width={width}
      height={height}
      data={tooltipRows(model.points)}
      margin={{ top: 40, right: 16, bottom: 4, left: 4 }}
      title={model.title}
    >
      <UnitLabel text={model.valueAxisLabel} color={theme.muted} />
      <PeriodBands bands={model.bands} theme={theme} time />
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[min, max]}
        ticks={ticks}
        allowDataOverflow
        tickFormatter={(v: number) => (sinceStart ? formatYearsSince(v) : String(v))}
        tick={{ fill: theme.muted, fontSize: AXIS_FONT_SIZE }}
        axisLine={{ stroke: theme.muted }}
        tickLine={{ stroke: theme.muted }}
        height={40}
        label={{
          value: model.timeAxisLabel,
          position: 'insideBottom',
          offset: 0,
          fill: theme.muted,
          fontSize: AXIS_FONT_SIZE,
        }}
      />
      <YAxis type="number" dataKey="y" {...valueAxisProps(model, yTicks, theme)} />
      {sinceStart && (
        <ReferenceLine
          x={0}
          stroke={theme.muted}
          strokeDasharray="4 3"
          label={{
            value: 'Period began',
            position: 'top',
            offset: 6,
            fill: theme.muted,
            fontSize: 11.5,
          }}
        />
      )}
      <Tooltip
        content={ChartTooltip}
        cursor={{ stroke: theme.muted, strokeDasharray: '3 3' }}
        isAnimationActive={false}
      />
      <SeriesLines model={model} theme={theme} />
      <SeriesDots model={model} theme={theme} labels={labels} plotRight={width - 16} />
      {/* Carries the tooltip: the nearest date's figures, by pointer or arrow keys. */}
      <Line
        dataKey="y"
        stroke="none"
        dot={false}
        activeDot={false}
        legendType="none"
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

/**
 * The lines of the series, drawn with the chart's scales rather than as Recharts series, so they
 * take no part in tooltips: solid between stated points, dashed on links to derived ones.
 */
function SeriesLines(props: {
  readonly model: PlotProps['model'];
  readonly theme: ChartTheme;
}): React.JSX.Element | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="chart-series-lines" data-export-plain="">
        {props.model.series.flatMap((s) =>
          lineSegments(s.points, props.model.continuous).map((segment, i) => (
            <polyline
              key={`${s.key}-${i}`}
              points={segment.points.map((p) => `${x(p.x ?? 0)},${y(p.plotted)}`).join(' ')}
              fill="none"
              stroke={colorOf(s.color, props.theme)}
              strokeWidth={1.75}
              strokeDasharray={segment.derived ? '5 4' : undefined}
              strokeLinejoin="round"
            />
          )),
        )}
      </g>
    </ZIndexLayer>
  );
}

/** One row per distinct position, holding every point there (request and outcome may share one). */
function tooltipRows(
  points: readonly PlotPoint[],
): { x: number; y: number; points: PlotPoint[] }[] {
  const rows = new Map<number, { x: number; y: number; points: PlotPoint[] }>();
  for (const p of points) {
    if (p.x === undefined) continue;
    const row = rows.get(p.x);
    if (row) {
      row.points.push(p);
      row.y = Math.max(row.y, p.plotted);
    } else rows.set(p.x, { x: p.x, y: p.plotted, points: [p] });
  }
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/** The marks, drawn with the chart's scales: cheap enough for thousands of points. */
function SeriesDots(props: {
  readonly model: PlotProps['model'];
  readonly theme: ChartTheme;
  readonly labels: boolean;
  readonly plotRight: number;
}): React.JSX.Element | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  // Where the line rises to the right of a point, its label goes below, off the line; without a
  // line a label stays above its dot, clear of the axis.
  const below = new Set<string>();
  for (const series of props.model.continuous ? props.model.series : []) {
    series.points.forEach((p, i) => {
      const next = series.points[i + 1];
      if (next && next.plotted > p.plotted) below.add(p.id);
    });
  }
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="chart-series-dots" data-export-plain="">
        {props.model.points
          .filter((p) => p.x !== undefined)
          .map((p) => (
            <DotMark
              key={p.id}
              point={p}
              cx={x(p.x ?? 0)}
              cy={y(p.plotted)}
              prefix=""
              theme={props.theme}
              labels={props.labels}
              plotRight={props.plotRight}
              labelBelow={below.has(p.id)}
            />
          ))}
      </g>
    </ZIndexLayer>
  );
}
