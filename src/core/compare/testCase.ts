/** A small case built in code, for the tests of this folder. */
import { Case, type Claim, type Modality } from '../case/schema';

interface ClaimSeed {
  readonly id: string;
  readonly issue?: string;
  readonly dimension?: string;
  readonly period: string;
  readonly modality?: Modality;
  readonly statement?: string;
  readonly quote?: string;
  readonly actors?: readonly string[];
  readonly tags?: readonly string[];
}

export function claim(seed: ClaimSeed): Claim {
  return {
    id: seed.id,
    issue: seed.issue ?? 'trade',
    dimension: seed.dimension ?? 'tariffs',
    period: seed.period,
    modality: seed.modality ?? 'fact',
    statement: seed.statement ?? `Statement ${seed.id}.`,
    actors: [...(seed.actors ?? [])],
    tags: [...(seed.tags ?? [])],
    evidence: {
      source: 'src',
      selector: { type: 'TextQuoteSelector', exact: seed.quote ?? `Quote ${seed.id}.` },
    },
  };
}

export function testCase(claims: readonly Claim[]): Case {
  return Case.parse({
    schemaVersion: 1,
    id: 'test',
    title: 'Test',
    defaultComparison: ['t1', 't2'],
    periods: [
      { id: 't1', label: 'Trump 1.0', start: '2017-01-20', end: '2021-01-20' },
      { id: 'biden', label: 'Biden', start: '2021-01-20', end: '2025-01-20' },
      { id: 't2', label: 'Trump 2.0', start: '2025-01-20', end: null },
    ],
    issues: [
      {
        id: 'trade',
        label: 'Trade',
        dimensions: [
          { id: 'tariffs', label: 'Tariffs' },
          { id: 'investment', label: 'Investment' },
        ],
      },
      { id: 'nk', label: 'North Korea', dimensions: [{ id: 'summits', label: 'Summits' }] },
    ],
    sources: [{ id: 'src', type: 'commentary', authors: [{ family: 'Doe' }], title: 'T' }],
    claims,
    measures: [],
  });
}
