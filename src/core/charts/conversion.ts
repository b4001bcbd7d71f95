/**
 * Money in another currency, only at a rate the case itself states: a point's `equivalents`
 * ("¥700 billion (US$4.65 billion)"). Never an outside exchange rate.
 */
import type { Currency, Measure } from '../case/schema';
import { CURRENCY_SYMBOL, formatMoney } from './format';
import { dateLabel } from './timeAxis';

export interface ConvertedValue {
  readonly value: number;
  /** `stated`: the source gives this amount in the target currency itself. */
  readonly how: 'stated' | 'converted';
}

export interface Conversion {
  readonly from: Currency;
  readonly to: Currency;
  readonly values: ReadonlyMap<string, ConvertedValue>;
  /** Says which rate was used and where it comes from; shown under the chart. */
  readonly note: string;
}

/** The currencies a money measure can be shown in besides its own: those its points state. */
export function conversionTargets(measure: Measure): Currency[] {
  if (measure.unit.kind !== 'money') return [];
  const own = measure.unit.currency;
  const found = new Set<Currency>();
  for (const p of measure.points) {
    for (const e of p.equivalents ?? [])
      if (e.currency !== own && p.value > 0) found.add(e.currency);
  }
  return [...found];
}

/** The measure's values in `to`, or undefined when the case states no rate for it. */
export function convertMeasure(measure: Measure, to: Currency): Conversion | undefined {
  if (measure.unit.kind !== 'money') return undefined;
  const from = measure.unit.currency;
  if (to === from) return undefined;
  const reference = measure.points.find((p) =>
    (p.equivalents ?? []).some((e) => e.currency === to && p.value > 0),
  );
  const referenceAmount = reference?.equivalents?.find((e) => e.currency === to);
  if (!reference || !referenceAmount) return undefined;
  const rate = referenceAmount.value / reference.value;

  const values = new Map<string, ConvertedValue>();
  let convertedCount = 0;
  for (const p of measure.points) {
    const own = p.equivalents?.find((e) => e.currency === to);
    if (own) values.set(p.id, { value: own.value, how: 'stated' });
    else {
      values.set(p.id, { value: p.value * rate, how: 'converted' });
      convertedCount += 1;
    }
  }

  const target = CURRENCY_SYMBOL[to];
  const when = dateLabel(reference.date, reference.dateEnd);
  const pair = `${formatMoney(reference.value, from)} = ${formatMoney(referenceAmount.value, to)}`;
  const note =
    convertedCount === 0
      ? `Amounts in ${target} as the source states them.`
      : `Amounts in ${target}: the source's own ${target} figures where it gives them; the others converted at ${formatRate(rate, from, to)}, the rate implied by the source's ${pair}${when ? ` (${when})` : ''}. Rates in other years differed.`;
  return { from, to, values, note };
}

/** "¥150.5 = US$1": one unit of the stronger currency, in the weaker. */
function formatRate(rate: number, from: Currency, to: Currency): string {
  const n = (x: number): string => String(Number(x.toPrecision(4)));
  return rate < 1
    ? `${CURRENCY_SYMBOL[from]}${n(1 / rate)} = ${CURRENCY_SYMBOL[to]}1`
    : `${CURRENCY_SYMBOL[from]}1 = ${CURRENCY_SYMBOL[to]}${n(rate)}`;
}
