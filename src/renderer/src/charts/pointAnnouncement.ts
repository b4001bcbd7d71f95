/** How a focused point is read out: value, stated or derived, period and date, short source. */
import { citeAt } from '../../../core/charts/citation';
import type { PlotPoint } from '../../../core/charts/types';

export function pointAnnouncement(point: PlotPoint, at: number, of: number): string {
  const when = [point.periodLabel, point.dateLabel].filter(Boolean).join(', ');
  const who = [point.actor, point.label].filter(Boolean).join(', ');
  return [
    `Point ${at + 1} of ${of}: ${point.displayFull}`,
    point.kind,
    when,
    who,
    `source ${citeAt(point.citation, point.locator)}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** The points in the order the arrow keys visit them: along the time axis, else as drawn. */
export function pointsInOrder(points: readonly PlotPoint[]): readonly PlotPoint[] {
  const timed = points.every((p) => p.x !== undefined);
  return timed ? [...points].sort((a, b) => (a.x ?? 0) - (b.x ?? 0)) : points;
}
