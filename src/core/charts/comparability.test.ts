import { describe, expect, it } from 'vitest';
import type { Unit } from '../case/schema';
import {
  compareQuantities,
  measureNotes,
  separateChartsNotes,
  type IncomparabilityReason,
  type Quantity,
} from './comparability';
import { measure, point, purchases, support } from './chartFixtures';

const yen: Unit = { kind: 'money', currency: 'JPY' };
const dollars: Unit = { kind: 'money', currency: 'USD' };

describe('compareQuantities', () => {
  it('accepts the same unit, currency, basis and span', () => {
    expect(
      compareQuantities(
        { label: 'a', unit: yen, basis: 'annual', date: '2019' },
        { label: 'b', unit: yen, basis: 'annual', date: '2009' },
      ),
    ).toEqual([]);
  });

  // The message in full, or the part of it that names the difference.
  it.each<[string, Quantity, Quantity, IncomparabilityReason, unknown]>([
    [
      'different currencies',
      { label: 'a', unit: yen, basis: 'annual' },
      { label: 'b', unit: dollars, basis: 'annual' },
      'currency',
      expect.stringContaining('¥ and US$'),
    ],
    [
      'a yearly figure against a total',
      { label: 'a', unit: dollars, basis: 'annual' },
      { label: 'b', unit: dollars, basis: 'total' },
      'basis',
      'a yearly figure against a total',
    ],
    [
      'a figure over several years against one over a single year',
      { label: 'a', unit: dollars, basis: 'annual', date: '2018', dateEnd: '2019' },
      { label: 'b', unit: dollars, basis: 'annual', date: '2020' },
      'span',
      expect.stringContaining('2 years (2018–2019)'),
    ],
  ])('refuses %s, saying why', (_, first, second, reason, says) => {
    const found = compareQuantities(first, second);
    expect(found.map((f) => f.reason)).toEqual([reason]);
    expect(found[0]?.message).toEqual(says);
  });

  it('refuses different units and different things counted', () => {
    expect(
      compareQuantities(
        { label: 'a', unit: yen, basis: 'annual' },
        { label: 'b', unit: { kind: 'percentGdp' }, basis: 'annual' },
      ).map((f) => f.reason),
    ).toEqual(['unit']);
    expect(
      compareQuantities(
        { label: 'a', unit: { kind: 'count', noun: 'summits' }, basis: 'total' },
        { label: 'b', unit: { kind: 'count', noun: 'visits' }, basis: 'total' },
      ).map((f) => f.reason),
    ).toEqual(['noun']);
  });
});

describe('notes shown with charts', () => {
  it('says when one figure of a yearly measure covers several years', () => {
    const m = measure({
      id: 'm',
      points: [
        point({ id: 'a', period: 'first', date: '2018', value: 1, label: 'One year' }),
        point({ id: 'b', period: 'first', date: '2019', value: 2 }),
        point({
          id: 'c',
          period: 'first',
          date: '2018',
          dateEnd: '2020',
          value: 5,
          label: 'Three years',
        }),
      ],
    });
    const notes = measureNotes(m);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('“Three years” covers 2018–2020');
    expect(notes[0]).toContain('not comparable');
  });

  it('has nothing to say about a consistent measure', () => {
    expect(measureNotes(purchases)).toEqual([]);
  });

  it('says why two money measures of an issue are charted apart', () => {
    const notes = separateChartsNotes([purchases, support]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('(¥ per year)');
    expect(notes[0]).toContain('(US$ per year)');
    expect(notes[0]).toContain('different currencies');
  });
});
