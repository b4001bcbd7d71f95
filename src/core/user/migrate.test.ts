import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verdictFor, verdictHistoryOf } from '../compare/verdicts';
import { newUserId, slugOf } from './ids';
import { noOwnItems } from './items';
import { UserLayerV2, type VerdictEntryV2 } from './legacy';
import { parseUserLayer } from './migrate';
import { UserLayer } from './schema';

/** A version 2 user.json as Diptych's version-2 store wrote it (with one three-pane verdict). */
const v2Text = readFileSync(
  fileURLToPath(new URL('../../../test/user/user-v2.json', import.meta.url)),
  'utf8',
);
const v2 = UserLayerV2.parse(JSON.parse(v2Text));

function migrated(raw: unknown): UserLayer {
  const parsed = parseUserLayer(raw);
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.message}`);
  return parsed.layer;
}

const pairOf = (v: VerdictEntryV2) => ({ from: v.comparison[0]!, to: v.comparison[1]! });

describe('reading a version 2 user layer', () => {
  const layer = migrated(JSON.parse(v2Text));

  it('is read as version 3, and says so', () => {
    expect(parseUserLayer(JSON.parse(v2Text))).toMatchObject({ ok: true, migratedFrom: 2 });
    expect(layer.schemaVersion).toBe(3);
    // What a version 3 store would write is valid version 3.
    expect(UserLayer.safeParse(layer).success).toBe(true);
  });

  it('keeps every verdict, under the pair its panes showed (first pane → second)', () => {
    expect(v2.verdicts.length).toBeGreaterThan(5);
    expect(layer.verdicts).toHaveLength(v2.verdicts.length);
    for (const old of v2.verdicts) {
      expect(verdictFor(layer, old.issue, old.dimension, pairOf(old))).toEqual({
        issue: old.issue,
        dimension: old.dimension,
        pair: pairOf(old),
        verdict: old.verdict,
        rationale: old.rationale,
        updatedAt: old.updatedAt,
      });
    }
  });

  it('files a verdict of reversed panes under the reversed pair, not the usual one', () => {
    const reversed = v2.verdicts.find((v) => v.comparison[0] === 'trump2')!;
    expect(reversed).toBeDefined();
    expect(
      verdictFor(layer, reversed.issue, reversed.dimension, { from: 'trump1', to: 'trump2' }),
    ).toBeUndefined();
  });

  it('files a three-pane verdict under the first adjacent pair, keeping all three periods', () => {
    const three = v2.verdicts.find((v) => v.comparison.length === 3)!;
    expect(three.comparison).toEqual(['trump1', 'biden', 'trump2']);
    const pair = { from: 'trump1', to: 'biden' };
    expect(verdictFor(layer, three.issue, three.dimension, pair)?.verdict).toBe(three.verdict);
    expect(verdictHistoryOf(layer, three.issue, three.dimension, pair)).toEqual([
      {
        verdict: three.verdict,
        rationale: three.rationale,
        at: three.updatedAt,
        shownWith: ['trump1', 'biden', 'trump2'],
      },
    ]);
  });

  it('starts each history with the verdict as it was', () => {
    expect(layer.verdictHistory).toHaveLength(v2.verdicts.length);
    for (const old of v2.verdicts) {
      const changes = verdictHistoryOf(layer, old.issue, old.dimension, pairOf(old));
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ verdict: old.verdict, at: old.updatedAt });
    }
  });

  it('keeps everything else of the layer as it was', () => {
    const { schemaVersion: _a, verdicts: _b, ...rest } = v2;
    const { schemaVersion: _c, verdicts: _d, verdictHistory: _e, ...after } = layer;
    expect(after).toEqual(rest);
    expect(rest.sources).toHaveLength(1);
  });

  it('keeps both of two verdicts on one row and pair: the later current, both in the history', () => {
    const [first] = v2.verdicts;
    const later = { ...first!, verdict: 'reversed', updatedAt: '2030-01-01T00:00:00.000Z' };
    const twice = migrated({ ...JSON.parse(v2Text), verdicts: [later, first] });
    expect(twice.verdicts).toHaveLength(1);
    expect(twice.verdicts[0]?.verdict).toBe('reversed');
    expect(twice.verdictHistory[0]?.changes.map((c) => c.verdict)).toEqual([
      first!.verdict,
      'reversed',
    ]);
  });

  it('refuses, by place, a verdict that compared a period with itself', () => {
    const [first] = v2.verdicts;
    const bad = { ...JSON.parse(v2Text), verdicts: [{ ...first, comparison: ['biden', 'biden'] }] };
    const parsed = parseUserLayer(bad);
    expect(parsed).toMatchObject({ ok: false, path: '$.verdicts[0].pair' });
    expect(!parsed.ok && parsed.message).toMatch(/version 2 .*two different periods/);
  });
});

describe('reading a user layer of any known version', () => {
  it('reads version 1 as version 3 with empty lists', () => {
    const v1 = { schemaVersion: 1, caseId: 'c', verdicts: [] };
    expect(parseUserLayer(v1)).toEqual({
      ok: true,
      migratedFrom: 1,
      layer: { schemaVersion: 3, caseId: 'c', verdicts: [], verdictHistory: [], ...noOwnItems() },
    });
  });

  it.each([
    [{ schemaVersion: 4, caseId: 'c', verdicts: [] }, '$.schemaVersion', /found 4/],
    [null, '$.schemaVersion', /found nothing/],
    [{ schemaVersion: 1, caseId: 'c', verdicts: [], sources: [] }, '$', /sources/],
    [
      { schemaVersion: 2, caseId: 'c', verdicts: [], claims: [{ id: 'x' }] },
      '$.claims[0].id',
      /u-/,
    ],
    [{ schemaVersion: 2, caseId: 'c', verdicts: [], verdictHistory: [] }, '$', /verdictHistory/],
    [
      {
        schemaVersion: 3,
        caseId: 'c',
        verdicts: [
          {
            issue: 'trade',
            dimension: 'tariffs',
            comparison: ['trump1', 'trump2'],
            verdict: 'new',
            rationale: '',
            updatedAt: '2025-01-01T00:00:00.000Z',
          },
        ],
      },
      '$.verdicts[0].pair',
      /expected object/,
    ],
  ])('refuses %j at its path', (raw, path, message) => {
    const parsed = parseUserLayer(raw);
    expect(parsed).toMatchObject({ ok: false, path });
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('own ids', () => {
  it('are u- prefixed, readable, and avoid ids in use', () => {
    const tails = ['aaaaaa', 'bbbbbb'];
    const id = newUserId(
      'issue',
      'Host-nation support (HNS) — Ōkinawa',
      new Set(['u-host-nation-support-hns-okinawa-aaaaaa']),
      () => tails.shift()!,
    );
    expect(id).toBe('u-host-nation-support-hns-okinawa-bbbbbb');
    expect(newUserId('claim', undefined, new Set())).toMatch(/^u-claim-[a-z0-9]{6}$/);
    expect(newUserId('source', '日本', new Set())).toMatch(/^u-source-[a-z0-9]{6}$/);
    expect(slugOf('x'.repeat(100))).toHaveLength(40);
  });
});
