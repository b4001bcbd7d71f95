import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  activeFilterCount,
  facetsOf,
  isFilterActive,
  matchesFilter,
  toggleFilterValue,
} from './filters';
import { claim, testCase } from './testCase';

const japanFact = claim({ id: 'a', period: 't1', actors: ['Japan'], tags: ['steel'] });
const chinaFear = claim({
  id: 'b',
  period: 't2',
  modality: 'expectation',
  actors: ['China', 'Japan'],
  tags: ['taiwan'],
});

describe('claim filters', () => {
  it('lets everything through when empty', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(matchesFilter(japanFact, EMPTY_FILTER)).toBe(true);
  });

  it('matches any value within a facet', () => {
    const f = { ...EMPTY_FILTER, modalities: ['fact' as const, 'expectation' as const] };
    expect(matchesFilter(japanFact, f)).toBe(true);
    expect(matchesFilter(chinaFear, f)).toBe(true);
    const actors = { ...EMPTY_FILTER, actors: ['China', 'Korea'] };
    expect(matchesFilter(japanFact, actors)).toBe(false);
    expect(matchesFilter(chinaFear, actors)).toBe(true);
  });

  it('needs every facet to match', () => {
    const f = { ...EMPTY_FILTER, actors: ['Japan'], tags: ['taiwan'] };
    expect(matchesFilter(japanFact, f)).toBe(false);
    expect(matchesFilter(chinaFear, f)).toBe(true);
    expect(matchesFilter(chinaFear, { ...f, modalities: ['fact'] })).toBe(false);
  });

  it('toggles values and counts them', () => {
    const on = toggleFilterValue(EMPTY_FILTER, 'tags', 'steel');
    expect(on.tags).toEqual(['steel']);
    expect(activeFilterCount(toggleFilterValue(on, 'modalities', 'fact'))).toBe(2);
    expect(toggleFilterValue(on, 'tags', 'steel').tags).toEqual([]);
    expect(EMPTY_FILTER.tags).toEqual([]);
  });

  it('lists facet values with counts, most frequent first', () => {
    const facets = facetsOf(testCase([japanFact, chinaFear]));
    expect(facets.modalities).toEqual([
      { value: 'fact', count: 1 },
      { value: 'statement', count: 0 },
      { value: 'expectation', count: 1 },
      { value: 'assessment', count: 0 },
    ]);
    expect(facets.actors).toEqual([
      { value: 'Japan', count: 2 },
      { value: 'China', count: 1 },
    ]);
    expect(facets.tags.map((t) => t.value)).toEqual(['steel', 'taiwan']);
  });
});
