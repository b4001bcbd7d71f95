import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const verdict = {
  verdict: 'intensified' as const,
  rationale: 'Harsher demands',
  comparison: ['trump1', 'trump2'],
};

describe('the user layer', () => {
  it('starts empty, saves a verdict to disk and reads it back', async () => {
    expect(await store.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [] },
    });
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 2,
      caseId: 'japan-trump',
      verdicts: [{ issue: 'trade', dimension: 'tariffs', verdict: 'intensified' }],
    });
    const fresh = new UserLayerStore(await Workspace.open(root));
    expect(await fresh.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [{ rationale: 'Harsher demands' }] },
    });
  });

  it('replaces and clears the verdict of a row', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict);
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', {
      ...verdict,
      verdict: 'continuity',
    });
    const state = await store.saveVerdict('japan-trump', 'trade', 'other', verdict);
    expect(state.layer.verdicts.map((v) => `${v.dimension}:${v.verdict}`)).toEqual([
      'tariffs:continuity',
      'other:intensified',
    ]);
    const cleared = await store.saveVerdict('japan-trump', 'trade', 'tariffs', null);
    expect(cleared.layer.verdicts.map((v) => v.dimension)).toEqual(['other']);
  });

  it('keeps an edit made outside the app when it saves', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict);
    const outside = JSON.parse(await readFile(file, 'utf8'));
    outside.verdicts[0].rationale = 'Edited in another editor';
    await writeFile(file, JSON.stringify(outside));
    await store.saveVerdict('japan-trump', 'north-korea', 'summitry', verdict);
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
      /\$\.schemaVersion: expected 2 \(or 1, which is read and upgraded\), found 99/,
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
      store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict),
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
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict);
    expect((await store.read('japan-trump')).status).toBe('ok');
  });

  it('refuses to set aside a file that is fine', async () => {
    await store.saveVerdict('japan-trump', 'trade', 'tariffs', verdict);
    await expect(store.setAside('japan-trump')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('serialises concurrent saves and leaves no temp files', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.saveVerdict('japan-trump', 'trade', `row-${i}`, verdict),
      ),
    );
    const state = await store.read('japan-trump');
    expect(state.layer.verdicts).toHaveLength(20);
    expect(await readdir(path.dirname(file))).toEqual(['user.json']);
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

  it('reads a version 1 file as version 2 with empty lists, without rewriting it', async () => {
    const content = await writeV1();
    const state = await store.read('japan-trump');
    expect(state).toEqual({
      status: 'ok',
      layer: {
        schemaVersion: 2,
        caseId: 'japan-trump',
        verdicts: v1.verdicts,
        issues: [],
        dimensions: [],
        sources: [],
        claims: [],
        measures: [],
        points: [],
        documents: [],
      },
    });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('rewrites the file as version 2 on the next change, keeping its verdicts', async () => {
    await writeV1();
    await store.saveVerdict('japan-trump', 'trade', 'other', verdict);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
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
      layer: { schemaVersion: 2, claims: [], documents: [] },
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
