import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noOwnItems } from '../../core/user/items';
import type { VerdictKind } from '../../core/user/verdict';
import { UserLayerStore } from './userLayerStore';
import { Workspace } from './workspace';

let root: string;
let store: UserLayerStore;
let file: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-user-'));
  const ws = await Workspace.open(root);
  store = new UserLayerStore(ws);
  file = ws.userLayerFile('japan-trump');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const verdict = { verdict: 'intensified' as const, rationale: 'Harsher demands' };
const T12 = { from: 'trump1', to: 'trump2' };
const T21 = { from: 'trump2', to: 'trump1' };
const B2 = { from: 'biden', to: 'trump2' };

describe('the user layer', () => {
  it('starts empty, saves a verdict to disk and reads it back', async () => {
    expect(await store.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [] },
    });
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 3,
      caseId: 'japan-trump',
      verdicts: [{ issue: 'trade', dimension: 'tariffs', pair: T12, verdict: 'intensified' }],
    });
    const fresh = new UserLayerStore(await Workspace.open(root));
    expect(await fresh.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [{ rationale: 'Harsher demands' }] },
    });
  });

  it('replaces and clears the verdict of a row for one pair', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, {
      ...verdict,
      verdict: 'continuity',
    });
    const state = await store.saveVerdict('japan-trump', 'trade', 'other', T12, verdict);
    expect(state.layer.verdicts.map((v) => `${v.dimension}:${v.verdict}`)).toEqual([
      'tariffs:continuity',
      'other:intensified',
    ]);
    const cleared = await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, null);
    expect(cleared.layer.verdicts.map((v) => v.dimension)).toEqual(['other']);
  });

  it('keeps an edit made outside the app when it saves', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const outside = JSON.parse(await readFile(file, 'utf8'));
    outside.verdicts[0].rationale = 'Edited in another editor';
    await writeFile(file, JSON.stringify(outside));
    await store.saveVerdict('japan-trump', 'north-korea', 'summitry', T12, verdict);
    const after = JSON.parse(await readFile(file, 'utf8'));
    expect(after.verdicts.map((v: { rationale: string }) => v.rationale)).toEqual([
      'Edited in another editor',
      'Harsher demands',
    ]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "verdicts": [', /not valid JSON/],
    [
      'a future version',
      '{"schemaVersion": 99, "caseId": "japan-trump", "verdicts": []}',
      /\$\.schemaVersion: expected 3 \(or 1 or 2, which are read and upgraded\), found 99/,
    ],
    [
      'a wrong field',
      '{"schemaVersion": 1, "caseId": "japan-trump", "verdicts": [{"issue": "trade"}]}',
      /\$\.verdicts\[0\]/,
    ],
    ['another case', '{"schemaVersion": 1, "caseId": "other", "verdicts": []}', /\$\.caseId/],
  ])('reports %s by file and place, and never overwrites it', async (_name, content, message) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    const state = await store.read('japan-trump');
    expect(state).toMatchObject({ status: 'broken', file: 'cases/japan-trump/user.json' });
    expect(state.status === 'broken' && state.message).toMatch(message);
    await expect(
      store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('reports a file that is not UTF-8', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await store.read('japan-trump')).toMatchObject({
      status: 'broken',
      message: expect.stringMatching(/UTF-8/),
    });
  });

  it('sets a broken file aside, keeping its bytes, and then saves again', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'garbage');
    const { keptAs, user } = await store.setAside('japan-trump');
    expect(keptAs).toMatch(/^cases\/japan-trump\/user\.broken-.*\.json$/);
    expect(user.status).toBe('ok');
    expect(await readFile(path.join(root, keptAs), 'utf8')).toBe('garbage');
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    expect((await store.read('japan-trump')).status).toBe('ok');
  });

  it('refuses to set aside a file that is fine', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await expect(store.setAside('japan-trump')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('serialises concurrent saves and leaves no temp files', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.saveVerdict('japan-trump', 'trade', `row-${i}`, T12, verdict),
      ),
    );
    const state = await store.read('japan-trump');
    expect(state.layer.verdicts).toHaveLength(20);
    expect(await readdir(path.dirname(file))).toEqual(['user.json']);
  });
});

describe('verdicts per ordered pair of periods', () => {
  const saveTariffs = (pair: typeof T12, kind: VerdictKind, rationale = '') =>
    store.saveVerdict('japan-trump', 'trade', 'tariffs', pair, { verdict: kind, rationale });
  const pairsOf = (verdicts: readonly { pair: { from: string; to: string }; verdict: string }[]) =>
    verdicts.map((v) => `${v.pair.from}>${v.pair.to}:${v.verdict}`);

  it('adds a verdict for another pair, or for the reversed pair, and never replaces one', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await saveTariffs(B2, 'continuity');
    await saveTariffs(T21, 'softened');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(pairsOf(onDisk.verdicts)).toEqual([
      'trump1>trump2:intensified',
      'biden>trump2:continuity',
      'trump2>trump1:softened',
    ]);
  });

  it('clears only the pair it is asked to, and keeps the history of what was cleared', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict);
    const cleared = await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, null);
    expect(pairsOf(cleared.layer.verdicts)).toEqual(['biden>trump2:intensified']);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(pairsOf(onDisk.verdicts)).toEqual(['biden>trump2:intensified']);
    const t12 = onDisk.verdictHistory.find(
      (h: { pair: { from: string } }) => h.pair.from === 'trump1',
    );
    expect(t12.changes.map((c: { verdict: string | null }) => c.verdict)).toEqual([
      'intensified',
      null,
    ]);
  });

  it('records each change of kind with its time, and a typed rationale amends the last', async () => {
    await saveTariffs(T12, 'continuity');
    await saveTariffs(T12, 'intensified', 'Harsher');
    await saveTariffs(T12, 'intensified', 'Harsher demands on allies');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    const changes = onDisk.verdictHistory[0].changes;
    expect(changes).toMatchObject([
      { verdict: 'continuity' },
      { verdict: 'intensified', rationale: 'Harsher demands on allies' },
    ]);
    expect(changes[0]).not.toHaveProperty('rationale');
    expect(Date.parse(changes[1].at)).toBeGreaterThanOrEqual(Date.parse(changes[0].at));
  });

  it('writes nothing when a save changes nothing', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const before = await readFile(file, 'utf8');
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, null);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('reports a file with two verdicts for one row and pair, by place, and keeps it', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const outside = JSON.parse(await readFile(file, 'utf8'));
    outside.verdicts.push({ ...outside.verdicts[0], verdict: 'continuity' });
    const content = JSON.stringify(outside);
    await writeFile(file, content);
    const state = await store.read('japan-trump');
    expect(state.status === 'broken' && state.message).toMatch(
      /at \$\.verdicts\[1\]: a second verdict for trade \/ tariffs, trump1 → trump2/,
    );
    await expect(
      store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(content);
  });
});

describe('the user layer migration from version 2', () => {
  const fixture = path.join(__dirname, '..', '..', '..', 'test', 'user', 'user-v2.json');

  it('reads the file as version 3 without rewriting it, and rewrites it on the next change, keeping every verdict', async () => {
    const v2Text = await readFile(fixture, 'utf8');
    const v2 = JSON.parse(v2Text);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, v2Text);
    const read = await store.read('japan-trump');
    expect(read.status).toBe('ok');
    expect(await readFile(file, 'utf8')).toBe(v2Text);

    await store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    for (const old of v2.verdicts) {
      const pair = { from: old.comparison[0], to: old.comparison[1] };
      expect(onDisk.verdicts).toContainEqual({
        issue: old.issue,
        dimension: old.dimension,
        pair,
        verdict: old.verdict,
        rationale: old.rationale,
        updatedAt: old.updatedAt,
      });
    }
    expect(onDisk.verdicts).toHaveLength(v2.verdicts.length + 1);
    expect(onDisk.sources).toEqual(v2.sources);
  });
});

describe('the user layer migration from version 1', () => {
  const v1 = {
    schemaVersion: 1,
    caseId: 'japan-trump',
    verdicts: [
      {
        issue: 'trade',
        dimension: 'tariffs',
        verdict: 'intensified',
        rationale: 'Harsher demands',
        comparison: ['trump1', 'trump2'],
        updatedAt: '2025-03-01T10:00:00.000Z',
      },
    ],
  };

  async function writeV1(content = `${JSON.stringify(v1, null, 2)}\n`): Promise<string> {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    return content;
  }

  it('reads a version 1 file as version 3 with empty lists, without rewriting it', async () => {
    const content = await writeV1();
    const state = await store.read('japan-trump');
    const { comparison: _c, ...kept } = v1.verdicts[0]!;
    expect(state).toEqual({
      status: 'ok',
      layer: {
        schemaVersion: 3,
        caseId: 'japan-trump',
        verdicts: [{ ...kept, pair: T12 }],
        verdictHistory: [
          {
            issue: 'trade',
            dimension: 'tariffs',
            pair: T12,
            changes: [{ verdict: 'intensified', rationale: 'Harsher demands', at: kept.updatedAt }],
          },
        ],
        ...noOwnItems(),
      },
    });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('rewrites the file as version 3 on the next change, keeping its verdicts', async () => {
    await writeV1();
    await store.saveVerdict('japan-trump', 'trade', 'other', T12, verdict);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk.verdicts.map((v: { dimension: string }) => v.dimension)).toEqual([
      'tariffs',
      'other',
    ]);
    expect(onDisk.claims).toEqual([]);
  });

  it('reports a version 1 file with a field of version 2 as broken, by place', async () => {
    await writeV1(JSON.stringify({ ...v1, claims: [] }));
    const state = await store.read('japan-trump');
    expect(state).toMatchObject({ status: 'broken' });
    expect(state.status === 'broken' && state.message).toMatch(/claims/);
  });

  it('reads a version 2 file whose lists of own items are missing as empty lists', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      JSON.stringify({ schemaVersion: 2, caseId: 'japan-trump', verdicts: [] }),
    );
    expect(await store.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { schemaVersion: 3, claims: [], documents: [], verdictHistory: [] },
    });
  });

  it('a change that writes nothing leaves a version 1 file as it is', async () => {
    const content = await writeV1();
    const done = await store.mutate('japan-trump', () => ({ layer: undefined, value: 7 }));
    expect(done.value).toBe(7);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('a change that refuses leaves the file byte-identical', async () => {
    const content = await writeV1();
    await expect(
      store.mutate('japan-trump', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await readFile(file, 'utf8')).toBe(content);
  });
});
