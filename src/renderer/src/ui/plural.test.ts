import { expect, test } from 'vitest';
import { plural } from './plural';

test('one note, two notes, no notes, and thousands grouped', () => {
  expect(plural(1, 'note', 'notes')).toBe('1 note');
  expect(plural(2, 'note', 'notes')).toBe('2 notes');
  expect(plural(0, 'note', 'notes')).toBe('0 notes');
  expect(plural(1000, 'note', 'notes')).toBe('1,000 notes');
});
