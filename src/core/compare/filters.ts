/**
 * Filters on claims: by modality, actor and tag. Within one facet any chosen value matches
 * ("Japan or China"); across facets all must ("a fact, about Japan, tagged tariffs").
 */
import type { Case, Claim, Modality } from '../case/schema';
import { onePerObject } from '../onePerObject';

export interface ClaimFilter {
  readonly modalities: readonly Modality[];
  readonly actors: readonly string[];
  readonly tags: readonly string[];
}

export const EMPTY_FILTER: ClaimFilter = Object.freeze({
  modalities: Object.freeze([]),
  actors: Object.freeze([]),
  tags: Object.freeze([]),
});

export type FilterFacet = keyof ClaimFilter;

export function isFilterActive(filter: ClaimFilter): boolean {
  return filter.modalities.length + filter.actors.length + filter.tags.length > 0;
}

export function activeFilterCount(filter: ClaimFilter): number {
  return filter.modalities.length + filter.actors.length + filter.tags.length;
}

export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter.modalities.length > 0 && !filter.modalities.includes(claim.modality)) return false;
  if (filter.actors.length > 0 && !claim.actors.some((a) => filter.actors.includes(a))) {
    return false;
  }
  if (filter.tags.length > 0 && !claim.tags.some((t) => filter.tags.includes(t))) return false;
  return true;
}

/** Adds the value to the facet, or removes it when it is there. */
export function toggleFilterValue<F extends FilterFacet>(
  filter: ClaimFilter,
  facet: F,
  value: ClaimFilter[F][number],
): ClaimFilter {
  const current = filter[facet] as readonly string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filter, [facet]: next };
}

export interface FacetValue<T extends string = string> {
  readonly value: T;
  readonly count: number;
}

export interface Facets {
  readonly modalities: readonly FacetValue<Modality>[];
  /** Most frequent first, then alphabetical. */
  readonly actors: readonly FacetValue[];
  readonly tags: readonly FacetValue[];
}

const MODALITY_ORDER: readonly Modality[] = ['fact', 'statement', 'expectation', 'assessment'];
/** The values a case's claims carry, with how many claims carry each. */
export const facetsOf = onePerObject((kase: Case): Facets => {
  const modalities = new Map<Modality, number>();
  const actors = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const claim of kase.claims) {
    bump(modalities, claim.modality);
    for (const a of new Set(claim.actors)) bump(actors, a);
    for (const t of new Set(claim.tags)) bump(tags, t);
  }
  return {
    modalities: MODALITY_ORDER.map((value) => ({ value, count: modalities.get(value) ?? 0 })),
    actors: sorted(actors),
    tags: sorted(tags),
  };
});

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sorted(map: ReadonlyMap<string, number>): FacetValue[] {
  return [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
