import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VerdictKind } from '../../core/user/verdict';
import { userLayerEachTest } from './testing/userLayerEachTest';

const bed = userLayerEachTest('diptych-user-');

const verdict = { verdict: 'intensified' as const, rationale: 'Harsher demands' };
const T12 = { from: 'trump1', to: 'trump2' };
const T21 = { from: 'trump2', to: 'trump1' };
const B2 = { from: 'biden', to: 'trump2' };

describe('the user layer', () => {
  it('starts empty, saves a verdict to disk and reads it back', async () => {
    expect(await bed.store.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [] },
    });
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: 3,
      caseId: 'japan-trump',
      verdicts: [{ issue: 'trade', dimension: 'tariffs', pair: T12, verdict: 'intensified' }],
    });
    const fresh = await bed.reopen();
    expect(await fresh.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { verdicts: [{ rationale: 'Harsher demands' }] },
    });
  });

  it('replaces and clears the verdict of a row for one pair', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, {
      ...verdict,
      verdict: 'continuity',
    });
    const state = await bed.store.saveVerdict('japan-trump', 'trade', 'other', T12, verdict);
    expect(state.layer.verdicts.map((v) => `${v.dimension}:${v.verdict}`)).toEqual([
      'tariffs:continuity',
      'other:intensified',
    ]);
    const cleared = await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, null);
    expect(cleared.layer.verdicts.map((v) => v.dimension)).toEqual(['other']);
  });

  it('keeps an edit made outside the app when it saves', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const outside = JSON.parse(await readFile(bed.file, 'utf8'));
    outside.verdicts[0].rationale = 'Edited in another editor';
    await writeFile(bed.file, JSON.stringify(outside));
    await bed.store.saveVerdict('japan-trump', 'north-korea', 'summitry', T12, verdict);
    const after = JSON.parse(await readFile(bed.file, 'utf8'));
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
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(bed.file, content);
    const state = await bed.store.read('japan-trump');
    expect(state).toMatchObject({ status: 'broken', file: 'cases/japan-trump/user.json' });
    expect(state.status === 'broken' && state.message).toMatch(message);
    await expect(
      bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(bed.file, 'utf8')).toBe(content);
  });

  it('reports a file that is not UTF-8', async () => {
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(bed.file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await bed.store.read('japan-trump')).toMatchObject({
      status: 'broken',
      message: expect.stringMatching(/UTF-8/),
    });
  });

  it('sets a broken file aside, keeping its bytes, and then saves again', async () => {
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(bed.file, 'garbage');
    const { keptAs, user } = await bed.store.setAside('japan-trump');
    expect(keptAs).toMatch(/^cases\/japan-trump\/user\.broken-.*\.json$/);
    expect(user.status).toBe('ok');
    expect(await readFile(path.join(bed.root, keptAs), 'utf8')).toBe('garbage');
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    expect((await bed.store.read('japan-trump')).status).toBe('ok');
  });

  it('refuses to set aside a file that is fine', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await expect(bed.store.setAside('japan-trump')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('serialises concurrent saves and leaves no temp files', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        bed.store.saveVerdict('japan-trump', 'trade', `row-${i}`, T12, verdict),
      ),
    );
    const state = await bed.store.read('japan-trump');
    expect(state.layer.verdicts).toHaveLength(20);
    expect(await readdir(path.dirname(bed.file))).toEqual(['user.json']);
  });
});

describe('verdicts per ordered pair of periods', () => {
  const saveTariffs = (pair: typeof T12, kind: VerdictKind, rationale = '') =>
    bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', pair, { verdict: kind, rationale });
  const pairsOf = (verdicts: readonly { pair: { from: string; to: string }; verdict: string }[]) =>
    verdicts.map((v) => `${v.pair.from}>${v.pair.to}:${v.verdict}`);

  it('adds a verdict for another pair, or for the reversed pair, and never replaces one', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await saveTariffs(B2, 'continuity');
    await saveTariffs(T21, 'softened');
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    expect(pairsOf(onDisk.verdicts)).toEqual([
      'trump1>trump2:intensified',
      'biden>trump2:continuity',
      'trump2>trump1:softened',
    ]);
  });

  it('clears only the pair it is asked to, and keeps the history of what was cleared', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict);
    const cleared = await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, null);
    expect(pairsOf(cleared.layer.verdicts)).toEqual(['biden>trump2:intensified']);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
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
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    const changes = onDisk.verdictHistory[0].changes;
    expect(changes).toMatchObject([
      { verdict: 'continuity' },
      { verdict: 'intensified', rationale: 'Harsher demands on allies' },
    ]);
    expect(changes[0]).not.toHaveProperty('rationale');
    expect(Date.parse(changes[1].at)).toBeGreaterThanOrEqual(Date.parse(changes[0].at));
  });

  it('writes nothing when a save changes nothing', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const before = await readFile(bed.file, 'utf8');
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, null);
    expect(await readFile(bed.file, 'utf8')).toBe(before);
  });

  it('reports a file with two verdicts for one row and pair, by place, and keeps it', async () => {
    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', T12, verdict);
    const outside = JSON.parse(await readFile(bed.file, 'utf8'));
    outside.verdicts.push({ ...outside.verdicts[0], verdict: 'continuity' });
    const content = JSON.stringify(outside);
    await writeFile(bed.file, content);
    const state = await bed.store.read('japan-trump');
    expect(state.status === 'broken' && state.message).toMatch(
      /at \$\.verdicts\[1\]: a second verdict for trade \/ tariffs, trump1 → trump2/,
    );
    await expect(
      bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(bed.file, 'utf8')).toBe(content);
  });
});
