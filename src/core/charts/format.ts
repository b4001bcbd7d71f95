/**
 * Amounts as the source states them: "¥700 billion", "US$4.65 billion", "≥ 3%", "≈ 1 million
 * jobs". Locale-independent, so a chart reads the same on every machine and in every export.
 */
import type { Bound, Currency, Measure, Unit } from '../case/schema';

/** A power of ten the axis (or one amount) is written in: 700e9 → 700 "billion". */
export interface Scale {
  readonly divisor: number;
  /** "billion", "million", … or "" for plain units. */
  readonly word: string;
}

const SCALES: readonly Scale[] = [
  { divisor: 1e12, word: 'trillion' },
  { divisor: 1e9, word: 'billion' },
  { divisor: 1e6, word: 'million' },
];
const PLAIN: Scale = { divisor: 1, word: '' };

export const CURRENCY_SYMBOL: Readonly<Record<Currency, string>> = {
  JPY: '¥',
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  KRW: '₩',
  CNY: 'CN¥',
  AUD: 'A$',
};

/** The largest scale that keeps `magnitude` at 1 or more in it ("billion" for 700e9). */
export function chooseScale(magnitude: number): Scale {
  const abs = Math.abs(magnitude);
  return SCALES.find((s) => abs >= s.divisor) ?? PLAIN;
}

/** 700 → "700", 4.65 → "4.65", 2.6667 → "2.67", 1234 → "1,234": three significant digits at most. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return groupThousands(n);
  const rounded = Math.abs(n) >= 1000 ? Math.round(n) : Number(n.toPrecision(3));
  return Number.isInteger(rounded) ? groupThousands(rounded) : String(rounded);
}

function groupThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A qualifier as a form offers it: "exact", "at least", "or more". */
export function boundLabel(bound: Bound): string {
  return BOUND_WORDS[bound].label;
}

/** How the source qualifies a figure, as a prefix: "≈ ", "nearly ", "≥ ". */
export function boundPrefix(bound: Bound): string {
  return BOUND_WORDS[bound].prefix;
}

const BOUND_WORDS: Readonly<Record<Bound, { readonly label: string; readonly prefix: string }>> = {
  exact: { label: 'exact', prefix: '' },
  approximately: { label: 'approximately', prefix: '≈ ' },
  nearly: { label: 'nearly', prefix: 'nearly ' },
  atLeast: { label: 'at least', prefix: '≥ ' },
  orMore: { label: 'or more', prefix: '≥ ' },
};

export interface AmountOptions {
  readonly bound?: Bound;
  /** "2% of GDP" rather than "2%". */
  readonly long?: boolean;
  /** The currency to write a money amount in, when it is not the unit's own (a conversion). */
  readonly currency?: Currency;
}

/** One amount in words: "¥700 billion", "≥ 3%", "≈ 1 million jobs", "2 summits". */
export function formatAmount(value: number, unit: Unit, options: AmountOptions = {}): string {
  const prefix = boundPrefix(options.bound ?? 'exact');
  switch (unit.kind) {
    case 'money': {
      const scale = chooseScale(value);
      const symbol = CURRENCY_SYMBOL[options.currency ?? unit.currency];
      return `${prefix}${symbol}${formatNumber(value / scale.divisor)}${withSpace(scale.word)}`;
    }
    case 'percentGdp':
      return `${prefix}${formatNumber(value)}%${options.long ? ' of GDP' : ''}`;
    case 'count':
    case 'people': {
      const scale = chooseScale(value);
      const noun = value === 1 && scale === PLAIN ? singular(unit.noun) : unit.noun;
      return `${prefix}${formatNumber(value / scale.divisor)}${withSpace(scale.word)} ${noun}`;
    }
  }
}

/** A money amount in another currency: "US$4.65 billion". */
export function formatMoney(value: number, currency: Currency): string {
  return formatAmount(value, { kind: 'money', currency });
}

/** What one value on the axis means: "¥ billion per year", "% of GDP", "million jobs". */
export function axisLabel(
  unit: Unit,
  basis: Measure['basis'],
  scale: Scale,
  currency?: Currency,
): string {
  switch (unit.kind) {
    case 'money':
      return `${CURRENCY_SYMBOL[currency ?? unit.currency]}${withSpace(scale.word)}${basisSuffix(basis)}`;
    case 'percentGdp':
      // A share of GDP is already a yearly figure.
      return '% of GDP';
    case 'count':
    case 'people':
      return `${scale.word ? `${scale.word} ` : ''}${unit.noun}${basisSuffix(basis)}`;
  }
}

function basisSuffix(basis: Measure['basis']): string {
  return { annual: ' per year', total: ', in total', level: '' }[basis];
}

/** An axis tick, given in the axis scale already (700, not 700e9); "%" added for shares of GDP. */
export function formatTick(plotted: number, unit: Unit): string {
  const n = formatNumber(plotted);
  return unit.kind === 'percentGdp' ? `${n}%` : n;
}

function withSpace(word: string): string {
  return word ? ` ${word}` : '';
}

function singular(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
