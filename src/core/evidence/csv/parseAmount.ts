/**
 * A figure as people write it in a table: "1,234.5", "¥700 billion", "US$4.65 bn", "12%",
 * "(1,000)", "about 2,000", "3.5万". Returns the plain number in base units (700e9, not
 * "700 billion") with the currency, percent sign and qualifier it carried, or the reason it
 * is not a number.
 */
import type { Bound, Currency } from '../../case/schema';

export type DecimalMark = '.' | ',';

export interface Amount {
  readonly value: number;
  readonly currency?: Currency;
  readonly percent: boolean;
  /** A qualifier written with the figure ("about", "at least", "+"). */
  readonly bound?: Bound;
}

export type AmountParse =
  { readonly ok: true; readonly amount: Amount } | { readonly ok: false; readonly reason: string };

/** Currency marks, longest first so "US$" wins over "$". */
const CURRENCIES: readonly (readonly [string, Currency])[] = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['AUD', 'AUD'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['元', 'CNY'],
  ['JPY', 'JPY'],
  ['円', 'JPY'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['EUR', 'EUR'],
  ['€', 'EUR'],
  ['GBP', 'GBP'],
  ['£', 'GBP'],
  ['KRW', 'KRW'],
  ['₩', 'KRW'],
  ['$', 'USD'],
];

const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(thousand|thousands|k)$/i, 1e3],
  [/^(million|millions|mn|mio|m)$/i, 1e6],
  [/^(billion|billions|bn|b)$/i, 1e9],
  [/^(trillion|trillions|tn|t)$/i, 1e12],
  [/^万$/, 1e4],
  [/^億$/, 1e8],
  [/^兆$/, 1e12],
];

const QUALIFIERS: readonly (readonly [RegExp, Bound])[] = [
  [/^(about|approximately|approx\.?|around|roughly|some|c\.|ca\.|~|≈)\s*/i, 'approximately'],
  [/^(nearly|almost|close to)\s*/i, 'nearly'],
  [/^(at least|≥|>=|>)\s*/i, 'atLeast'],
];

/** Words that name a scale, as a unit cell may hold them ("billion JPY"). */
export function scaleOf(word: string): number | undefined {
  return SCALES.find(([pattern]) => pattern.test(word))?.[1];
}

/** A currency named by a code or a sign ("JPY", "¥", "US$"). */
export function currencyOf(mark: string): Currency | undefined {
  return CURRENCIES.find(([m]) => m.toLowerCase() === mark.toLowerCase())?.[1];
}

export function parseAmount(raw: string, decimal: DecimalMark = '.'): AmountParse {
  let s = raw.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (s.length === 0) return { ok: false, reason: 'there is no value' };
  const shown = `'${raw.trim().slice(0, 40)}'`;
  let bound: Bound | undefined;
  for (const [pattern, b] of QUALIFIERS) {
    const m = pattern.exec(s);
    if (m) {
      bound = b;
      s = s.slice(m[0].length);
      break;
    }
  }
  if (/(\s*\+|\s+or more)$/i.test(s)) {
    bound = 'orMore';
    s = s.replace(/(\s*\+|\s+or more)$/i, '');
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  let currency: Currency | undefined;
  for (const [mark, code] of CURRENCIES) {
    if (s.toUpperCase().startsWith(mark.toUpperCase())) {
      currency = code;
      s = s.slice(mark.length).trim();
      break;
    }
  }
  if (!negative && /^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  // Trailing words: a scale ("billion", "bn", "億") and/or a currency ("JPY", "円").
  let scale = 1;
  for (let guard = 0; guard < 3; guard += 1) {
    const m = /^(.+?)\s*([^\d\s.,]+)$/u.exec(s);
    if (!m) break;
    const word = m[2]!;
    const factor = scaleOf(word);
    const code = currencyOf(word);
    if (factor !== undefined && scale === 1) scale = factor;
    else if (code !== undefined && currency === undefined) currency = code;
    else return { ok: false, reason: `${shown} is not a number` };
    s = m[1]!.trim();
  }
  const number = parseNumberText(s, decimal);
  if (number === undefined) {
    const hint =
      decimal === '.'
        ? " (with '.' as the decimal mark, ',' separates thousands in groups of three)"
        : " (with ',' as the decimal mark, '.' or a space separates thousands in groups of three)";
    return { ok: false, reason: `${shown} is not a number${/\d/.test(s) ? hint : ''}` };
  }
  const value = (negative ? -number : number) * scale;
  if (!Number.isFinite(value)) return { ok: false, reason: `${shown} is too large` };
  return {
    ok: true,
    amount: {
      value,
      percent,
      ...(currency === undefined ? {} : { currency }),
      ...(bound === undefined ? {} : { bound }),
    },
  };
}

/** Digits with optional thousands grouping and a decimal part; scientific notation allowed. */
function parseNumberText(s: string, decimal: DecimalMark): number | undefined {
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s) && decimal === '.') return Number(s);
  const group = decimal === '.' ? "[,' _]" : "[.' _]";
  const dec = decimal === '.' ? '\\.' : ',';
  const plain = new RegExp(`^\\d+(${dec}\\d+)?$`);
  const grouped = new RegExp(`^\\d{1,3}(${group}\\d{3})+(${dec}\\d+)?$`);
  const fraction = new RegExp(`^${dec}\\d+$`);
  if (!plain.test(s) && !grouped.test(s) && !fraction.test(s)) return undefined;
  const canonical = s.replace(new RegExp(group, 'g'), '').replace(decimal, '.');
  const value = Number(canonical.startsWith('.') ? `0${canonical}` : canonical);
  return Number.isFinite(value) ? value : undefined;
}
