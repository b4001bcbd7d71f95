import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Case } from '../case/schema';
import { validateCase } from '../case/validate';
import type { UserClaim, UserMeasure, UserSource } from './items';
import { mergeCase } from './merge';
import { emptyUserLayer, UserLayer } from './schema';

const builtIn = Case.parse(
  JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../data/cases/japan-trump/case.json'), 'utf8'),
  ),
);
const snapshot = JSON.stringify(builtIn);
const issue = builtIn.issues[0]!;
const dimension = issue.dimensions[0]!;
const source = builtIn.sources[0]!;
const measure = builtIn.measures[0]!;
const STAMP = '2025-06-01T10:00:00.000Z';

const ownSource: UserSource = {
  id: 'u-smith-2021-abc123',
  type: 'book',
  authors: [{ family: 'Smith', given: 'Sheila A.' }, { literal: 'Council on Foreign Relations' }],
  editors: [],
  title: 'Japan Rearmed',
  publisher: 'Harvard University Press',
  issued: '2019-03',
  doi: '10.4159/9780674239227',
  createdAt: STAMP,
  updatedAt: STAMP,
};

const claim = (id: string, over: Partial<UserClaim> = {}): UserClaim => ({
  id,
  issue: issue.id,
  dimension: dimension.id,
  period: 'trump2',
  modality: 'assessment',
  statement: 'My own reading of the alliance.',
  actors: ['Japan'],
  tags: [],
  evidence: {
    source: ownSource.id,
    selector: { type: 'TextQuoteSelector', exact: 'Japan rearmed' },
  },
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

const ownMeasure: UserMeasure = {
  id: 'u-troops-abc123',
  issue: 'u-own-issue-abc123',
  label: 'US troops in Japan',
  unit: { kind: 'people', noun: 'troops' },
  basis: 'level',
  points: [
    {
      id: 'u-point-aaaaaa',
      period: 'trump1',
      date: '2019',
      value: 54000,
      bound: 'approximately',
      role: 'outcome',
      evidence: {
        source: ownSource.id,
        selector: { type: 'TextQuoteSelector', exact: 'about 54,000' },
      },
    },
  ],
  createdAt: STAMP,
  updatedAt: STAMP,
};

const layer: UserLayer = UserLayer.parse({
  ...emptyUserLayer(builtIn.id),
  issues: [
    {
      id: 'u-own-issue-abc123',
      label: 'Basing',
      dimensions: [{ id: 'u-okinawa-abc123', label: 'Okinawa' }],
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  ],
  dimensions: [
    { issue: issue.id, dimension: { id: 'u-extra-abc123', label: 'Extra row' }, createdAt: STAMP },
  ],
  sources: [ownSource],
  claims: [
    claim('u-claim-aaaaaa'),
    claim('u-claim-bbbbbb', { issue: 'u-own-issue-abc123', dimension: 'u-okinawa-abc123' }),
    claim('u-claim-cccccc', {
      dimension: 'u-extra-abc123',
      evidence: { source: source.id, selector: { type: 'TextQuoteSelector', exact: 'x' } },
    }),
  ],
  measures: [ownMeasure],
  points: [
    {
      measure: measure.id,
      point: {
        id: 'u-point-bbbbbb',
        period: 'trump2',
        date: '2025',
        value: 1e12,
        evidence: {
          source: ownSource.id,
          selector: { type: 'TextQuoteSelector', exact: '¥1 trillion' },
        },
      },
      createdAt: STAMP,
    },
  ],
});

describe('merging the user layer into the case', () => {
  const merged = mergeCase(builtIn, layer);

  it('adds every own item and marks it as the user’s', () => {
    expect(merged.problems).toEqual([]);
    expect(merged.case.issues.at(-1)).toMatchObject({
      id: 'u-own-issue-abc123',
      dimensions: [{ id: 'u-okinawa-abc123' }],
    });
    expect(merged.case.issues[0]!.dimensions.at(-1)).toEqual({
      id: 'u-extra-abc123',
      label: 'Extra row',
    });
    expect(merged.case.claims).toHaveLength(builtIn.claims.length + 3);
    expect(merged.case.measures.find((m) => m.id === measure.id)!.points.at(-1)!.id).toBe(
      'u-point-bbbbbb',
    );
    expect(merged.case.measures.at(-1)!.id).toBe('u-troops-abc123');
    expect([...merged.origin.claims]).toEqual([
      'u-claim-aaaaaa',
      'u-claim-bbbbbb',
      'u-claim-cccccc',
    ]);
    expect(merged.origin.dimensions).toEqual(
      new Set([`${issue.id}/u-extra-abc123`, 'u-own-issue-abc123/u-okinawa-abc123']),
    );
    expect(merged.origin.points).toEqual(new Set(['u-point-aaaaaa', 'u-point-bbbbbb']));
    expect(merged.userItems.has('u-smith-2021-abc123')).toBe(true);
    expect(merged.userItems.has(builtIn.claims[0]!.id)).toBe(false);
  });

  it('gives a valid case: the built-in checks pass on the merged one', () => {
    const { problems } = validateCase(JSON.parse(JSON.stringify(merged.case)), 'merged');
    // Quote rules (sentence, length) are for curated quotes; references and ids must all hold.
    expect(problems.filter((p) => !/quote|sentence/.test(p.message))).toEqual([]);
  });

  it('shows an own source as a case source, its DOI as the link, institutions as authors', () => {
    expect(merged.case.sources.at(-1)).toEqual({
      id: 'u-smith-2021-abc123',
      type: 'book',
      authors: [
        { family: 'Smith', given: 'Sheila A.' },
        { family: 'Council on Foreign Relations' },
      ],
      title: 'Japan Rearmed',
      publisher: 'Harvard University Press',
      date: { stated: '2019-03', inferred: false, note: '' },
      url: 'https://doi.org/10.4159/9780674239227',
    });
    expect(merged.userSources.get('u-smith-2021-abc123')?.doi).toBe('10.4159/9780674239227');
  });

  it('never changes the built-in case', () => {
    expect(JSON.stringify(builtIn)).toBe(snapshot);
  });

  it('reports dangling references by JSON path and leaves the items out', () => {
    const bad = UserLayer.parse({
      ...layer,
      claims: [
        claim('u-claim-dddddd', {
          evidence: {
            source: 'u-gone-000000',
            selector: { type: 'TextQuoteSelector', exact: 'q' },
          },
        }),
        claim('u-claim-eeeeee', { dimension: 'nope' }),
        claim('u-claim-ffffff', { period: 'obama', date: '2012' }),
        claim('u-claim-aaaaaa'),
        claim('u-claim-gggggg', { period: 'trump1', date: '2025' }),
      ],
      points: [{ ...layer.points[0]!, measure: 'no-such-measure' }],
      dimensions: [
        { issue: 'no-such-issue', dimension: { id: 'u-x-abc123', label: 'X' }, createdAt: STAMP },
      ],
    });
    const result = mergeCase(builtIn, { ...bad, claims: [...bad.claims, claim('u-claim-aaaaaa')] });
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "$.dimensions[0].issue: unknown issue 'no-such-issue'",
      "$.claims[0].evidence.source: unknown source 'u-gone-000000'",
      `$.claims[1].dimension: unknown dimension 'nope' in issue '${issue.id}'`,
      "$.claims[2].period: unknown period 'obama'",
      "$.claims[4].date: date '2025' lies outside period 'Trump 1.0' (2017-01-20 to 2021-01-20); choose another period or say why in the date note",
      "$.claims[5].id: the claim id 'u-claim-aaaaaa' is already used in this case",
      "$.points[0].measure: unknown measure 'no-such-measure'",
    ]);
    expect(result.problems.every((p) => p.file === `cases/${builtIn.id}/user.json`)).toBe(true);
    expect(result.leftOut.map((l) => l.path)).toEqual([
      '$.dimensions[0]',
      '$.claims[0]',
      '$.claims[1]',
      '$.claims[2]',
      '$.claims[4]',
      '$.claims[5]',
      '$.points[0]',
    ]);
    expect(result.case.claims.filter((c) => c.id.startsWith('u-')).map((c) => c.id)).toEqual([
      'u-claim-aaaaaa',
    ]);
  });

  it('checks that a derived own point recomputes', () => {
    const derived = {
      ...ownMeasure,
      points: [
        ...ownMeasure.points,
        {
          id: 'u-point-cccccc',
          period: 'trump1',
          value: 100000,
          bound: 'exact',
          role: 'outcome',
          derived: {
            operation: 'multiply',
            inputs: ['u-point-aaaaaa'],
            factor: 2,
            evidence: {
              source: ownSource.id,
              selector: { type: 'TextQuoteSelector', exact: 'double' },
            },
            explanation: 'Twice the 2019 level.',
          },
        },
      ],
    } as UserMeasure;
    const result = mergeCase(builtIn, { ...layer, measures: [derived] });
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.measures[0].points[1].value: a derived value must recompute from its inputs: expected 108000, found 100000',
    ]);
  });

  it('refuses to merge a layer of another case', () => {
    const other = mergeCase(builtIn, emptyUserLayer('other'));
    expect(other.case).toBe(builtIn);
    expect(other.problems).toEqual([
      {
        file: `cases/${builtIn.id}/user.json`,
        path: '$.caseId',
        message: `the layer belongs to case 'other', not '${builtIn.id}'`,
      },
    ]);
  });
});
