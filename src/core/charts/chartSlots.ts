/**
 * The categories of a bar or ladder chart (its slots) and the period bands drawn behind them:
 * one slot per period, or per figure where a period holds several of one role.
 */
import type { Period, Point } from '../case/schema';
import type { ChartKind } from './chartKind';
import { NO_FIGURE_WORDS as NO_FIGURE } from './chartText';
import { OUTSIDE_PERIODS, roleWord } from './plotPoints';
import type { Band, PlotPoint, Slot } from './types';

/**
 * Bars share a category per period; where a period holds several figures of one role, each gets
 * its own category, told apart by date, else actor, else id. Ladders give every figure a rung.
 */
export function slotAssigner(kind: ChartKind, points: readonly Point[]): (p: Point) => string {
  if (kind === 'ladder') return (p) => p.id;
  // Computed once per (period, role): a chart of thousands of points stays linear.
  const groups = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.period ?? ''}\u0000${p.role}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const partOf = new Map<string, (q: Point) => string | undefined>();
  for (const [key, group] of groups) {
    if (group.length <= 1) continue;
    const distinct = (f: (q: Point) => string | undefined): boolean =>
      group.every((q) => f(q) !== undefined) && new Set(group.map(f)).size === group.length;
    partOf.set(
      key,
      distinct((q) => q.date)
        ? (q) => q.date
        : distinct((q) => q.actor)
          ? (q) => q.actor
          : (q) => q.id,
    );
  }
  return (p) => {
    // A point outside every period has a slot of its own.
    if (p.period === undefined) return `outside:${p.id}`;
    const part = partOf.get(`${p.period}\u0000${p.role}`);
    return part ? `${p.period}:${part(p) ?? p.id}` : p.period;
  };
}

export function buildSlots(
  kind: ChartKind,
  shown: readonly Period[],
  points: readonly PlotPoint[],
): Slot[] {
  const slots: Slot[] = points
    .filter((p) => p.periodId === undefined)
    .map((p) => ({
      key: p.slot,
      label: p.dateLabel || OUTSIDE_PERIODS,
      sublabel: p.dateLabel ? 'outside the periods' : undefined,
      points: [p],
    }));
  for (const period of shown) {
    const inPeriod = points.filter((p) => p.periodId === period.id);
    if (inPeriod.length === 0) {
      // On a ladder the period's band already names it; bars name it under the empty slot.
      slots.push(
        kind === 'ladder'
          ? { key: period.id, label: '', periodId: period.id, points: [] }
          : {
              key: period.id,
              label: period.label,
              sublabel: NO_FIGURE,
              periodId: period.id,
              points: [],
            },
      );
      continue;
    }
    if (kind === 'ladder') {
      const rungs = [...inPeriod].sort(
        (a, b) => a.value - b.value || (a.actor ?? '').localeCompare(b.actor ?? ''),
      );
      for (const p of rungs) {
        slots.push({
          key: p.slot,
          label: p.actor ?? roleWord(p.role),
          sublabel: roleWord(p.role),
          periodId: period.id,
          points: [p],
        });
      }
      continue;
    }
    const keys = [...new Set(inPeriod.map((p) => p.slot))].sort((a, b) =>
      a === period.id ? -1 : b === period.id ? 1 : a.localeCompare(b),
    );
    for (const key of keys) {
      const pts = inPeriod.filter((p) => p.slot === key);
      const first = pts[0]!;
      const detail =
        key === period.id ? undefined : first.dateLabel || first.actor || first.label || first.id;
      slots.push({ key, label: period.label, sublabel: detail, periodId: period.id, points: pts });
    }
  }
  return slots;
}

export function slotBands(
  shown: readonly Period[],
  slots: readonly Slot[],
  periodIndex: (id: string) => number,
  bars: boolean,
): Band[] {
  return shown.flatMap((p) => {
    const own = slots.filter((s) => s.periodId === p.id);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) return [];
    return [
      {
        periodId: p.id,
        label: p.label,
        color: { kind: 'period', index: periodIndex(p.id) } as const,
        // Bars name an empty period under its slot; a ladder's band says it.
        empty: !bars && first.points.length === 0,
        slot1: first.key,
        slot2: last.key,
      },
    ];
  });
}
