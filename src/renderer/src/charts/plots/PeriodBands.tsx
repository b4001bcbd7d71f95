/**
 * The periods shaded behind a plot, one band each, labelled at the top; a compared period the
 * sources give no figure for says so inside its band. One component for every plot, so a band
 * looks the same on a time axis and on a category axis.
 */
import { ReferenceArea, usePlotArea } from 'recharts';
import { NO_FIGURE_WORDS } from '../../../../core/charts/chartText';
import { labelLines, textWidth } from '../../../../core/charts/labelLines';
import type { Band } from '../../../../core/charts/types';
import { colorOf, type ChartTheme } from '../theme/chartTheme';

export const BAND_LABEL_SIZE = 11.5;

export function PeriodBands(props: {
  readonly bands: readonly Band[];
  readonly theme: ChartTheme;
  /** A time axis: bands run from x1 to x2 in decimal years; else from slot1 to slot2. */
  readonly time: boolean;
  /** Name each band above it; off where the category axis already names the periods. */
  readonly labels?: boolean;
}): React.JSX.Element {
  const { theme } = props;
  return (
    <>
      {props.bands.map((band) => {
        const color = colorOf(band.color, theme);
        return (
          <ReferenceArea
            key={band.periodId}
            x1={props.time ? band.x1 : band.slot1}
            x2={props.time ? band.x2 : band.slot2}
            fill={color}
            fillOpacity={theme.bandOpacity}
            stroke="none"
            ifOverflow="hidden"
            label={(label: { viewBox?: unknown }) => (
              <BandLabel
                viewBox={label.viewBox}
                band={band}
                color={color}
                muted={theme.muted}
                named={props.labels ?? true}
              />
            )}
          />
        );
      })}
    </>
  );
}

/** The period's name above the band, and in an empty band "no figure in the sources" inside. */
function BandLabel(props: {
  readonly viewBox: unknown;
  readonly band: Band;
  readonly color: string;
  readonly muted: string;
  readonly named: boolean;
}): React.JSX.Element | null {
  const plot = usePlotArea();
  const box = props.viewBox as { x?: number; y?: number; width?: number; height?: number };
  if (box.x === undefined || box.y === undefined || box.width === undefined) return null;
  const mid = box.x + box.width / 2;
  // A name may reach a little past its band; one wider than that is wrapped onto two lines
  // above it (a narrow column), never dropped. An empty band that cannot hold its name on one
  // line carries it inside, over the words that say it has no figure.
  const room = box.width + 12;
  const fits = textWidth(props.band.label, BAND_LABEL_SIZE) <= room;
  const inside = props.band.empty && !fits;
  const nameLines = labelLines(props.band.label, room, BAND_LABEL_SIZE);
  const words = inside ? `${props.band.label}: ${NO_FIGURE_WORDS}` : NO_FIGURE_WORDS;
  // A narrow band (an ongoing period on a time axis) gets the words over several lines.
  const lines = labelLines(words, Math.max(box.width - 8, 64), BAND_LABEL_SIZE);
  const top = box.y + (box.height ?? 0) / 2 - ((lines.length - 1) * 14) / 2;
  // Text wider than its band is kept inside the plot, so the figure's edge never cuts it.
  const within = (text: readonly string[]): number => {
    if (!plot) return mid;
    const half = Math.max(...text.map((t) => textWidth(t, BAND_LABEL_SIZE))) / 2;
    return Math.min(Math.max(mid, plot.x + half), plot.x + plot.width - half);
  };
  const nameX = within(nameLines);
  const wordsX = within(lines);
  return (
    <g className="chart-band-label" data-band={props.band.periodId}>
      {props.named && !inside && (
        <text
          x={nameX}
          y={box.y - 8 - (nameLines.length - 1) * 13}
          textAnchor="middle"
          fontSize={BAND_LABEL_SIZE}
          fontWeight={600}
          fill={props.color}
          data-band-name=""
        >
          {nameLines.map((line, i) => (
            <tspan key={`${i}-${line}`} x={nameX} dy={i === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {props.band.empty && (
        <text
          x={wordsX}
          y={top}
          textAnchor="middle"
          fontSize={BAND_LABEL_SIZE}
          fill={props.muted}
          className="chart-no-figure"
        >
          {lines.map((line, i) => (
            <tspan key={`${i}-${line}`} x={wordsX} dy={i === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
