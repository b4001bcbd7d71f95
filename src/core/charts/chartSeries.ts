/** The series of a chart: one per role, or per period and role on a time axis since each start. */
import type { Period, PointRole } from '../case/schema';
import type { ChartKind } from './chartKind';
import { roleWord } from './plotPoints';
import type { ColorToken, PlotPoint, Series, TimeMode } from './types';

export function buildSeries(
  kind: ChartKind,
  timeMode: TimeMode,
  roles: readonly PointRole[],
  shown: readonly Period[],
  points: readonly PlotPoint[],
  periodIndex: (id: string) => number,
): Series[] {
  const byRole = (color: (r: PointRole) => ColorToken): Series[] =>
    roles.map((role) => ({
      key: role,
      label: capitalise(roleWord(role)),
      color: color(role),
      points: sortByX(points.filter((p) => p.role === role)),
    }));
  switch (kind) {
    case 'ladder':
      return [{ key: 'value', label: 'Threshold', color: { kind: 'neutral' }, points }];
    case 'bars':
    case 'requestVsOutcome':
      return byRole((role) => ({ kind: 'role', role }));
    case 'timeSeries':
      if (timeMode === 'calendar') return byRole(() => ({ kind: 'neutral' }));
      return shown
        .filter((period) => points.some((p) => p.periodId === period.id))
        .flatMap((period) =>
          roles
            .filter((role) => points.some((p) => p.periodId === period.id && p.role === role))
            .map((role) => ({
              key: `${period.id}-${role}`,
              label: roles.length > 1 ? `${period.label}, ${roleWord(role)}` : period.label,
              color: { kind: 'period', index: periodIndex(period.id) } as const,
              points: sortByX(points.filter((p) => p.periodId === period.id && p.role === role)),
            })),
        );
  }
}

function sortByX(points: readonly PlotPoint[]): PlotPoint[] {
  return [...points].sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
