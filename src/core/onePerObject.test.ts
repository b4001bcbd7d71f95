import { expect, it } from 'vitest';
import { onePerObject } from './onePerObject';

it('builds once per object and again for another, even when the result is falsy', () => {
  const built: object[] = [];
  const size = onePerObject((o: { readonly items: readonly number[] }) => {
    built.push(o);
    return o.items.length;
  });
  const empty = { items: [] };
  const full = { items: [1, 2] };
  expect([size(empty), size(empty), size(full), size(full)]).toEqual([0, 0, 2, 2]);
  expect(built).toEqual([empty, full]);
});
