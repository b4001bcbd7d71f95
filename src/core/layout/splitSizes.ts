/**
 * The sizes of a split's panels, in percent of the space they share: fitted to each panel's
 * limits, and moved by a separator (a pointer's delta or a key). Pure, so the splitter's rules
 * are tested without a browser.
 */

/** A panel's least and greatest share, in percent. */
export interface PanelLimits {
  readonly min: number;
  readonly max: number;
}

export type SplitOrientation = 'horizontal' | 'vertical';

/** How far one arrow key moves a separator, in percent. */
export const KEY_STEP = 5;

const EPSILON = 1e-6;

/** Three decimals, as a layout is stored and compared (floating sums never drift the panels). */
const tidy = (size: number): number => Math.round(size * 1000) / 1000;

const clamp = (size: number, limits: PanelLimits): number =>
  Math.min(limits.max, Math.max(limits.min, size));

/**
 * Sizes that fit the limits and sum to 100: wanted sizes scaled to 100 and clamped, the
 * remainder given to the first panels with room; equal shares when the wanted ones do not
 * match the panels (a pane added or removed, a broken setting).
 */
export function fitSizes(
  wanted: readonly number[] | undefined,
  limits: readonly PanelLimits[],
): number[] {
  const count = limits.length;
  const usable =
    wanted !== undefined &&
    wanted.length === count &&
    wanted.every((s) => Number.isFinite(s) && s > 0);
  const start = usable ? wanted : limits.map(() => 100 / count);
  const total = start.reduce((a, b) => a + b, 0);
  const sizes = start.map((s, i) => clamp((s / total) * 100, limits[i]!));
  let rest = 100 - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; i < count && Math.abs(rest) > EPSILON; i++) {
    const next = clamp(sizes[i]! + rest, limits[i]!);
    rest -= next - sizes[i]!;
    sizes[i] = next;
  }
  return sizes.map(tidy);
}

/** Panel indices from the separator outwards on one side: before it (backwards) or after it. */
function side(count: number, separator: number, before: boolean): number[] {
  const out: number[] = [];
  if (before) for (let i = separator; i >= 0; i--) out.push(i);
  else for (let i = separator + 1; i < count; i++) out.push(i);
  return out;
}

/** Moves `amount` into (sign 1) or out of (sign -1) the panels in order, nearest first. */
function spread(
  sizes: number[],
  order: readonly number[],
  limits: readonly PanelLimits[],
  amount: number,
  sign: 1 | -1,
): void {
  let left = amount;
  for (const i of order) {
    if (left <= EPSILON) break;
    const room = sign > 0 ? limits[i]!.max - sizes[i]! : sizes[i]! - limits[i]!.min;
    const moved = Math.min(left, Math.max(room, 0));
    sizes[i] = sizes[i]! + sign * moved;
    left -= moved;
  }
}

/**
 * Moves separator `separator` (between panel `separator` and the next) by `delta` percent:
 * positive grows the panels before it. The panel beside the separator gives or takes first,
 * then the next ones out; the move stops where every panel on one side is at its limit.
 */
export function resizeByDelta(
  sizes: readonly number[],
  limits: readonly PanelLimits[],
  separator: number,
  delta: number,
): number[] {
  const count = sizes.length;
  if (separator < 0 || separator >= count - 1 || Math.abs(delta) <= EPSILON) return [...sizes];
  const growing = side(count, separator, delta > 0);
  const shrinking = side(count, separator, delta < 0);
  const room = growing.reduce((a, i) => a + Math.max(limits[i]!.max - sizes[i]!, 0), 0);
  const give = shrinking.reduce((a, i) => a + Math.max(sizes[i]! - limits[i]!.min, 0), 0);
  const amount = Math.min(Math.abs(delta), room, give);
  if (amount <= EPSILON) return [...sizes];
  const next = [...sizes];
  spread(next, shrinking, limits, amount, -1);
  spread(next, growing, limits, amount, 1);
  return next.map(tidy);
}

/**
 * The delta a key asks of a separator in a group of this orientation (the window splitter
 * pattern: arrows by a step, Home and End to the limit), or undefined for any other key.
 */
export function keyDelta(key: string, orientation: SplitOrientation): number | undefined {
  const [less, more] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === less) return -KEY_STEP;
  if (key === more) return KEY_STEP;
  if (key === 'Home') return -100;
  if (key === 'End') return 100;
  return undefined;
}

/** The sizes after a key on a separator, or undefined when the key does not resize. */
export function resizeByKey(
  sizes: readonly number[],
  limits: readonly PanelLimits[],
  separator: number,
  key: string,
  orientation: SplitOrientation,
): number[] | undefined {
  const delta = keyDelta(key, orientation);
  return delta === undefined ? undefined : resizeByDelta(sizes, limits, separator, delta);
}

/** The preceding panel's size and the range the separator can give it (its ARIA values). */
export function separatorRange(
  sizes: readonly number[],
  limits: readonly PanelLimits[],
  separator: number,
): { readonly now: number; readonly min: number; readonly max: number } {
  return {
    now: sizes[separator] ?? 0,
    min: resizeByDelta(sizes, limits, separator, -100)[separator] ?? 0,
    max: resizeByDelta(sizes, limits, separator, 100)[separator] ?? 0,
  };
}

/** Whether two layouts are the same to the precision they are kept at. */
export function sameSizes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => Math.abs(s - b[i]!) < 0.0005);
}
