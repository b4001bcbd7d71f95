/**
 * A period's colour slot (0, 1, 2…) is its place in the case's chronology, so Trump 1.0 keeps
 * its colour in whichever pane it stands. The colours are CSS variables (`--period-<slot>`).
 */
import type { Case } from '../../../core/case/schema';

const slots = new WeakMap<Case, ReadonlyMap<string, number>>();

export function periodSlot(kase: Case, periodId: string): number {
  let map = slots.get(kase);
  if (!map) {
    const sorted = [...kase.periods].sort((a, b) => a.start.localeCompare(b.start));
    map = new Map(sorted.map((p, i) => [p.id, i % 3]));
    slots.set(kase, map);
  }
  return map.get(periodId) ?? 0;
}
