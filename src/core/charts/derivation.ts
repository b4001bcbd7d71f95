/** A derived point shown as the arithmetic it rests on, never as a sourced fact. */
import type { Measure, Point } from '../case/schema';
import { formatAmount, formatNumber } from './format';

/**
 * "¥700 billion ÷ 10 ≈ ¥70 billion — “nearly ten times the value of a decade earlier”", or
 * undefined for a stated point.
 */
export function describeDerivation(point: Point, measure: Measure): string | undefined {
  const derived = point.derived;
  if (!derived) return undefined;
  const inputs = derived.inputs.map((id) => measure.points.find((p) => p.id === id));
  const known = inputs.filter((p): p is Point => p !== undefined);
  const terms = known.map((p) => formatAmount(p.value, measure.unit));
  const operand = terms.length > 1 ? `(${terms.join(' + ')})` : (terms[0] ?? '?');
  const symbol = derived.operation === 'divide' ? '÷' : '×';
  const sum = known.reduce((total, p) => total + p.value, 0);
  const computed = derived.operation === 'divide' ? sum / derived.factor : sum * derived.factor;
  const exact =
    point.bound === 'exact' &&
    known.length === inputs.length &&
    Math.abs(computed - point.value) <= Math.abs(point.value) * 1e-9;
  const result = formatAmount(point.value, measure.unit);
  return `${operand} ${symbol} ${formatNumber(derived.factor)} ${exact ? '=' : '≈'} ${result} — “${derived.evidence.selector.exact}”`;
}
