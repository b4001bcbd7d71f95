/**
 * Ticks of a value axis at round steps (1, 2 or 5 times a power of ten), from zero to the first
 * step at or above the largest value; whole numbers only where the unit counts things.
 */

const STEPS = [1, 2, 5, 10];

export interface ValueTicks {
  readonly ticks: readonly number[];
  /** The top of the axis: the last tick. */
  readonly max: number;
}

/** About `target` ticks over [0, max]; `integer` keeps every step a whole number (no 0.5 summits). */
export function valueTicks(
  max: number,
  options: { integer?: boolean; target?: number } = {},
): ValueTicks {
  const target = options.target ?? 5;
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = top / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = (STEPS.find((s) => s * power >= rough) ?? 10) * power;
  if (options.integer) step = Math.max(1, Math.round(step));
  const count = Math.ceil(top / step - 1e-9);
  // Multiplying (not adding) keeps 0.1 + 0.2 noise out of the tick values.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { ticks, max: ticks[ticks.length - 1]! };
}

/** Whether a unit's values are whole things (summits, jobs) rather than amounts. */
export function countsWholeThings(unit: { readonly kind: string }): boolean {
  return unit.kind === 'count' || unit.kind === 'people';
}
