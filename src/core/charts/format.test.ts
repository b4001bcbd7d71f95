import { describe, expect, it } from 'vitest';
import {
  axisLabel,
  chooseScale,
  formatAmount,
  formatMoney,
  formatNumber,
  formatTick,
} from './format';

describe('formatAmount', () => {
  it('writes money as the source states it', () => {
    expect(formatAmount(700e9, { kind: 'money', currency: 'JPY' })).toBe('¥700 billion');
    expect(formatMoney(4.65e9, 'USD')).toBe('US$4.65 billion');
    expect(formatMoney(8e9, 'USD')).toBe('US$8 billion');
    expect(formatMoney(8e9 / 3, 'USD')).toBe('US$2.67 billion');
    expect(formatMoney(70e9, 'JPY')).toBe('¥70 billion');
    expect(formatMoney(465e6, 'USD')).toBe('US$465 million');
    expect(formatMoney(1.2e12, 'JPY')).toBe('¥1.2 trillion');
    expect(formatMoney(5000, 'EUR')).toBe('€5,000');
  });

  it('writes shares of GDP short or long', () => {
    expect(formatAmount(2, { kind: 'percentGdp' })).toBe('2%');
    expect(formatAmount(2, { kind: 'percentGdp' }, { long: true })).toBe('2% of GDP');
    expect(formatAmount(1.25, { kind: 'percentGdp' })).toBe('1.25%');
  });

  it('shows the bound the source gives', () => {
    const pct = { kind: 'percentGdp' } as const;
    expect(formatAmount(3, pct, { bound: 'orMore' })).toBe('≥ 3%');
    expect(formatAmount(3, pct, { bound: 'atLeast' })).toBe('≥ 3%');
    expect(formatAmount(1e6, { kind: 'people', noun: 'jobs' }, { bound: 'approximately' })).toBe(
      '≈ 1 million jobs',
    );
    expect(formatAmount(700e9, { kind: 'money', currency: 'JPY' }, { bound: 'nearly' })).toBe(
      'nearly ¥700 billion',
    );
  });

  it('counts things, singular for one', () => {
    expect(formatAmount(2, { kind: 'count', noun: 'summits' })).toBe('2 summits');
    expect(formatAmount(1, { kind: 'count', noun: 'summits' })).toBe('1 summit');
    expect(formatAmount(1e6, { kind: 'people', noun: 'people' })).toBe('1 million people');
  });

  it('writes a money amount in the currency of a conversion', () => {
    expect(formatAmount(4.65e9, { kind: 'money', currency: 'JPY' }, { currency: 'USD' })).toBe(
      'US$4.65 billion',
    );
  });
});

describe('numbers, scales and axes', () => {
  it('keeps three significant digits at most', () => {
    expect(formatNumber(700)).toBe('700');
    expect(formatNumber(2.66666)).toBe('2.67');
    expect(formatNumber(0.465)).toBe('0.465');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(-2500)).toBe('-2,500');
  });

  it('picks the scale that keeps the largest value at 1 or more', () => {
    expect(chooseScale(700e9)).toEqual({ divisor: 1e9, word: 'billion' });
    expect(chooseScale(1e6)).toEqual({ divisor: 1e6, word: 'million' });
    expect(chooseScale(999)).toEqual({ divisor: 1, word: '' });
  });

  it('names units, currency and basis on the axis', () => {
    const bn = chooseScale(1e9);
    expect(axisLabel({ kind: 'money', currency: 'JPY' }, 'annual', bn)).toBe('¥ billion per year');
    expect(axisLabel({ kind: 'money', currency: 'JPY' }, 'annual', bn, 'USD')).toBe(
      'US$ billion per year',
    );
    expect(axisLabel({ kind: 'money', currency: 'USD' }, 'total', bn)).toBe(
      'US$ billion, in total',
    );
    expect(axisLabel({ kind: 'percentGdp' }, 'annual', chooseScale(3))).toBe('% of GDP');
    expect(axisLabel({ kind: 'people', noun: 'jobs' }, 'level', chooseScale(1e6))).toBe(
      'million jobs',
    );
    expect(axisLabel({ kind: 'count', noun: 'summits' }, 'total', chooseScale(2))).toBe(
      'summits, in total',
    );
  });

  it('formats ticks in the axis scale', () => {
    expect(formatTick(700, { kind: 'money', currency: 'JPY' })).toBe('700');
    expect(formatTick(3, { kind: 'percentGdp' })).toBe('3%');
  });
});
