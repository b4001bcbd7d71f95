import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenedBundles } from './openedBundles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-opened-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bundles opened from the system', () => {
  it('announces each, and the page takes their bytes once, oldest first', async () => {
    const announced: string[] = [];
    const opened = new OpenedBundles((name) => announced.push(name));
    await writeFile(path.join(dir, 'a.diptych'), 'first');
    await writeFile(path.join(dir, 'b.zip'), 'second');
    expect(opened.open(path.join(dir, 'a.diptych'))).toBe(true);
    expect(opened.open(path.join(dir, 'b.zip'))).toBe(true);
    expect(announced).toEqual(['a.diptych', 'b.zip']);
    expect(await opened.take()).toEqual({
      fileName: 'a.diptych',
      contentBase64: Buffer.from('first').toString('base64'),
    });
    expect((await opened.take())?.fileName).toBe('b.zip');
    expect(await opened.take()).toBeNull();
  });

  it('ignores files that are not bundles', async () => {
    const opened = new OpenedBundles();
    await writeFile(path.join(dir, 'notes.md'), '# not a bundle');
    expect(opened.open(path.join(dir, 'notes.md'))).toBe(false);
    expect(await opened.take()).toBeNull();
  });

  it('names a file that cannot be read, and moves on to the next', async () => {
    const opened = new OpenedBundles();
    opened.open(path.join(dir, 'gone.diptych'));
    await writeFile(path.join(dir, 'here.diptych'), 'ok');
    opened.open(path.join(dir, 'here.diptych'));
    await expect(opened.take()).rejects.toMatchObject({
      code: 'io',
      file: path.join(dir, 'gone.diptych'),
      message: expect.stringContaining('“gone.diptych” could not be opened'),
    });
    expect((await opened.take())?.fileName).toBe('here.diptych');
  });
});
