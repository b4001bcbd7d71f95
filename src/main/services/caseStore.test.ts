import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseStore } from './caseStore';

const shipped = path.resolve(__dirname, '../../../data/cases');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-cases-'));
  await cp(shipped, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('loading cases', () => {
  it('loads the shipped default case', async () => {
    const store = new CaseStore(shipped);
    const { cases, problems } = await store.catalogue();
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.id)).toContain('japan-trump');
    expect((await store.get('japan-trump')).periods.map((p) => p.id)).toEqual([
      'trump1',
      'biden',
      'trump2',
    ]);
  });

  it('reports a malformed case by file and keeps loading the others', async () => {
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'case.json'), '{ "schemaVersion": 1, ');
    await mkdir(path.join(dir, 'wrong-version'));
    await writeFile(path.join(dir, 'wrong-version', 'case.json'), '{ "schemaVersion": 7 }');
    const store = new CaseStore(dir);
    const { cases, problems } = await store.catalogue();
    expect(cases.map((c) => c.id)).toEqual(['japan-trump']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'broken/case.json',
          message: expect.stringMatching(/not valid JSON/),
        }),
        expect.objectContaining({ file: 'wrong-version/case.json', path: '$.schemaVersion' }),
      ]),
    );
    await expect(store.get('broken')).rejects.toMatchObject({
      code: 'unreadable',
      file: 'broken/case.json',
    });
    await expect(store.get('absent')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a case whose id does not match its folder', async () => {
    await cp(path.join(dir, 'japan-trump'), path.join(dir, 'copy'), { recursive: true });
    const { problems } = await new CaseStore(dir).catalogue();
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'copy/case.json', path: '$.id' }),
    );
  });

  it('reports a binary file as not UTF-8', async () => {
    await mkdir(path.join(dir, 'binary'));
    await writeFile(
      path.join(dir, 'binary', 'case.json'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]),
    );
    const { problems } = await new CaseStore(dir).catalogue();
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'binary/case.json',
        message: 'the file is not valid UTF-8 text',
      }),
    );
  });
});
