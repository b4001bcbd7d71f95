/**
 * Older user.json files on a real temp folder: version 1 and 2 read as version 3 without being
 * rewritten, rewritten on the next change with every verdict kept, and refused by place where
 * they mix versions.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noOwnItems } from '../../core/user/items';
import { userLayerEachTest } from './testing/userLayerEachTest';

const bed = userLayerEachTest('diptych-user-migration-');

const verdict = { verdict: 'intensified' as const, rationale: 'Harsher demands' };
const T12 = { from: 'trump1', to: 'trump2' };
const B2 = { from: 'biden', to: 'trump2' };

describe('the user layer migration from version 2', () => {
  const fixture = path.join(__dirname, '..', '..', '..', 'test', 'user', 'user-v2.json');

  it('reads the file as version 3 without rewriting it, and rewrites it on the next change, keeping every verdict', async () => {
    const v2Text = await readFile(fixture, 'utf8');
    const v2 = JSON.parse(v2Text);
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(bed.file, v2Text);
    const read = await bed.store.read('japan-trump');
    expect(read.status).toBe('ok');
    expect(await readFile(bed.file, 'utf8')).toBe(v2Text);

    await bed.store.saveVerdict('japan-trump', 'trade', 'tariffs', B2, verdict);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
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
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(bed.file, content);
    return content;
  }

  it('reads a version 1 file as version 3 with empty lists, without rewriting it', async () => {
    const content = await writeV1();
    const state = await bed.store.read('japan-trump');
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
    expect(await readFile(bed.file, 'utf8')).toBe(content);
  });

  it('rewrites the file as version 3 on the next change, keeping its verdicts', async () => {
    await writeV1();
    await bed.store.saveVerdict('japan-trump', 'trade', 'other', T12, verdict);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk.verdicts.map((v: { dimension: string }) => v.dimension)).toEqual([
      'tariffs',
      'other',
    ]);
    expect(onDisk.claims).toEqual([]);
  });

  it('reports a version 1 file with a field of version 2 as broken, by place', async () => {
    await writeV1(JSON.stringify({ ...v1, claims: [] }));
    const state = await bed.store.read('japan-trump');
    expect(state).toMatchObject({ status: 'broken' });
    expect(state.status === 'broken' && state.message).toMatch(/claims/);
  });

  it('reads a version 2 file whose lists of own items are missing as empty lists', async () => {
    await mkdir(path.dirname(bed.file), { recursive: true });
    await writeFile(
      bed.file,
      JSON.stringify({ schemaVersion: 2, caseId: 'japan-trump', verdicts: [] }),
    );
    expect(await bed.store.read('japan-trump')).toMatchObject({
      status: 'ok',
      layer: { schemaVersion: 3, claims: [], documents: [], verdictHistory: [] },
    });
  });

  it('a change that writes nothing leaves a version 1 file as it is', async () => {
    const content = await writeV1();
    const done = await bed.store.mutate('japan-trump', () => ({ layer: undefined, value: 7 }));
    expect(done.value).toBe(7);
    expect(await readFile(bed.file, 'utf8')).toBe(content);
  });

  it('a change that refuses leaves the file byte-identical', async () => {
    const content = await writeV1();
    await expect(
      bed.store.mutate('japan-trump', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await readFile(bed.file, 'utf8')).toBe(content);
  });
});
