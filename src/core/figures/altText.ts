/**
 * A figure described in words, from the data it plots: every point with its date, period and
 * whether the source states it or it is derived, then every compared period without a figure.
 */
import type { Period } from '../case/schema';
import type { ChartModel, PlotPoint } from '../charts/types';

/** "≈ ¥70 billion" reads "about ¥70 billion" aloud; the other marks likewise. */
function spoken(display: string): string {
  return display
    .replace(/^≈\s*/, 'about ')
    .replace(/^≥\s*/, 'at least ')
    .replace(/^≤\s*/, 'at most ')
    .replace(/^>\s*/, 'more than ');
}

function describePoint(point: PlotPoint): string {
  const when = point.dateLabel ? ` in ${point.dateLabel}` : '';
  const period = point.periodLabel ? ` (${point.periodLabel})` : '';
  return `${spoken(point.display)}${when}${period}, ${point.kind}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "Japan's purchases…: ¥700 billion in 2019 (Trump 1.0), stated; …; no figure for Trump 2.0…" */
export function altTextOf(model: ChartModel, periods: readonly Period[]): string {
  const parts = model.points.map(describePoint);
  const empty = model.emptyPeriods.map((id) => periods.find((p) => p.id === id)?.label ?? id);
  if (empty.length > 0) {
    parts.push(`no figure for ${list(empty)} in the sources`);
  }
  if (parts.length === 0) return `${model.title}: no figures in the sources.`;
  return `${model.title}: ${parts.join('; ')}.`;
}
