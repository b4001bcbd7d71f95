/** What a tooltip says of a point: value and bound, who and when, and the quote with its source. */
import type { PlotPoint } from '../../../core/charts/types';
import { citeAt } from '../../../core/charts/citation';

export function PointDetails({ point }: { readonly point: PlotPoint }): React.JSX.Element {
  const who = [point.actor, point.role].filter(Boolean).join(' · ');
  const when = [point.periodLabel, point.dateLabel].filter(Boolean).join(', ');
  return (
    <div className="chart-tooltip-point">
      <div>
        <span className="chart-tooltip-value">{point.displayFull}</span>
        <span className="chart-tooltip-kind">{point.kind}</span>
      </div>
      <div className="chart-tooltip-who">
        {who} — {when}
      </div>
      {point.label && <div>{point.label}</div>}
      {point.conversion && <div className="chart-tooltip-derivation">{point.conversion}</div>}
      {point.kind === 'derived' ? (
        <>
          <p className="chart-tooltip-derivation">Derived: {point.derivation}</p>
          {point.explanation && <p className="chart-tooltip-source">{point.explanation}</p>}
        </>
      ) : (
        <blockquote>“{point.quote}”</blockquote>
      )}
      <p className="chart-tooltip-source">Source: {citeAt(point.citation, point.locator)}</p>
    </div>
  );
}

/** The rows of every plot carry the points they stand for under `points`. */
export interface RowWithPoints {
  readonly points: readonly PlotPoint[];
}

interface TooltipLike {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
}

/** Recharts tooltip content: the points of the hovered row (or mark). */
export function ChartTooltip(props: TooltipLike): React.JSX.Element | null {
  if (!props.active) return null;
  const row = props.payload?.[0]?.payload as RowWithPoints | undefined;
  const points = row?.points ?? [];
  if (points.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {points.map((p) => (
        <PointDetails key={p.id} point={p} />
      ))}
    </div>
  );
}
