/**
 * The legend, drawn in HTML beside the plot; each swatch is a small self-contained SVG that the
 * export copies into the image, so the legend on screen and in the file are the same drawing.
 */
import type { LegendEntry } from '../../../core/charts/types';
import { colorOf, type ChartTheme } from './theme/chartTheme';

export function ChartLegend(props: {
  readonly entries: readonly LegendEntry[];
  readonly theme: ChartTheme;
  readonly idPrefix: string;
}): React.JSX.Element | null {
  if (props.entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label="Legend">
      {props.entries.map((entry, i) => (
        <li key={entry.label} data-legend-label={entry.label}>
          <Swatch entry={entry} theme={props.theme} patternId={`${props.idPrefix}-legend-${i}`} />
          <span>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}

const SIZE = 14;

function Swatch(props: {
  readonly entry: LegendEntry;
  readonly theme: ChartTheme;
  readonly patternId: string;
}): React.JSX.Element {
  const { entry, theme } = props;
  const color = colorOf(entry.color, theme);
  const mark = ((): React.JSX.Element => {
    switch (entry.style) {
      case 'solid':
        return <rect {...square(1)} fill={color} />;
      case 'derived':
        return (
          <>
            <defs>
              <pattern
                id={props.patternId}
                patternUnits="userSpaceOnUse"
                width={4}
                height={4}
                patternTransform="rotate(45)"
              >
                <line x1={0} y1={0} x2={0} y2={4} stroke={color} strokeWidth={1.6} />
              </pattern>
            </defs>
            <rect
              {...square(1)}
              fill={`url(#${props.patternId})`}
              {...dashed(color, 1.2, '3 1.5')}
            />
          </>
        );
      case 'dot':
        return <circle cx={7} cy={7} r={5} fill={color} />;
      case 'hollowDot':
        return <circle cx={7} cy={7} r={4.8} fill="none" {...dashed(color, 1.8, '2.5 1.5')} />;
      case 'rung':
        return (
          <line x1={1} x2={13} y1={7} y2={7} stroke={color} strokeWidth={4} strokeLinecap="round" />
        );
      case 'empty':
        // An empty slot: the period's colour as a dashed outline, nothing inside.
        return <rect {...square(1.5)} fill="none" {...dashed(color, 1.4, '2.5 2')} />;
      case 'band':
        return (
          <rect
            x={0}
            y={0}
            width={14}
            height={14}
            fill={color}
            fillOpacity={theme.bandOpacity * 2}
          />
        );
    }
  })();
  return (
    <svg
      className="chart-swatch"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      {mark}
    </svg>
  );
}

/** The swatch's rounded square, `inset` in from each edge. */
function square(inset: number): React.SVGAttributes<SVGRectElement> {
  return { x: inset, y: inset, width: SIZE - 2 * inset, height: SIZE - 2 * inset, rx: 2 };
}

/** A dashed line in the entry's colour: outlines of what is derived, hollow or empty. */
function dashed(color: string, width: number, dashes: string): React.SVGAttributes<SVGElement> {
  return { stroke: color, strokeWidth: width, strokeDasharray: dashes };
}
