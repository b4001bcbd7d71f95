import { describe, expect, it } from 'vitest';
import { newUserId, slugOf } from './ids';
import { parseUserLayer } from './migrate';

describe('reading a user layer of any known version', () => {
  it('reads version 1 as version 2 with empty lists', () => {
    const v1 = { schemaVersion: 1, caseId: 'c', verdicts: [] };
    expect(parseUserLayer(v1)).toEqual({
      ok: true,
      migratedFrom: 1,
      layer: {
        schemaVersion: 2,
        caseId: 'c',
        verdicts: [],
        issues: [],
        dimensions: [],
        sources: [],
        claims: [],
        measures: [],
        points: [],
        documents: [],
      },
    });
  });

  it.each([
    [{ schemaVersion: 3, caseId: 'c', verdicts: [] }, '$.schemaVersion', /found 3/],
    [null, '$.schemaVersion', /found nothing/],
    [{ schemaVersion: 1, caseId: 'c', verdicts: [], sources: [] }, '$', /sources/],
    [
      { schemaVersion: 2, caseId: 'c', verdicts: [], claims: [{ id: 'x' }] },
      '$.claims[0].id',
      /u-/,
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
