/**
 * Other measures drawn in a measure's chart: any measure of the case, built-in or the analyst's
 * own, whose values stand on the same axis (same kind of unit, same currency or thing counted).
 */
import type { Case, Measure, Unit } from '../case/schema';

/** Whether two units put their values on one axis. */
export function sameAxis(a: Unit, b: Unit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money' && b.kind === 'money') return a.currency === b.currency;
  if ((a.kind === 'count' || a.kind === 'people') && (b.kind === 'count' || b.kind === 'people')) {
    return a.noun === b.noun;
  }
  return true;
}

/** The measures that may be added to `measure`'s chart, in the case's order. */
export function compatibleMeasures(kase: Case, measure: Measure): Measure[] {
  return kase.measures.filter((m) => m.id !== measure.id && sameAxis(m.unit, measure.unit));
}

/**
 * The measure with the added measures' points, each named by its measure where it names no actor,
 * so a slot or rung says whose series it is. Incompatible measures are left out.
 */
export function withAddedSeries(measure: Measure, added: readonly Measure[]): Measure {
  const fit = added.filter((m) => m.id !== measure.id && sameAxis(m.unit, measure.unit));
  if (fit.length === 0) return measure;
  return {
    ...measure,
    // A line may join points only within one series the case calls continuous.
    continuous: false,
    points: [
      ...measure.points,
      ...fit.flatMap((m) => m.points.map((p) => ({ ...p, actor: p.actor ?? m.label }))),
    ],
  };
}
