/**
 * Saving into a full filesystem and a read-only folder, on real filesystems: a small tmpfs where
 * the test runs as root on Linux, a chmod 0555 folder otherwise. The note on disk must stay byte
 * for byte as it was, the error must name the file, and the next save once the cause is gone must
 * succeed. (The same logic with an injected ENOSPC runs everywhere, in noteStore.test.ts.)
 */
import { chmod, mkdir, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { isRoot, remount, Scratch } from '../testing/scratch';
import { ApiError } from '../../../core/api/errors';
import { Workspace } from '../workspace';
import { ABSENT, NoteStore } from './noteStore';

const scratch = new Scratch('diptych-disk-');
afterEach(() => scratch.cleanup());
const tempDir = (): Promise<string> => scratch.dir();
const smallTmpfs = (): Promise<string | undefined> => scratch.tmpfs();

const note = (size: number, fill: string): string => `# ${fill}\n` + fill.repeat(size);

async function expectSaveRefused(
  store: NoteStore,
  text: string,
  base: string,
  message: string,
): Promise<void> {
  const error = (await store.write('c1', 'trade', text, base).catch((e: unknown) => e)) as ApiError;
  expect(error).toBeInstanceOf(ApiError);
  expect(error.code).toBe('io');
  expect(error.file).toBe('notes/c1/trade.md');
  expect(error.message).toContain(message);
}

test('a save into a full filesystem fails, leaves the note as it was, and works once space is freed', async (ctx) => {
  const root = await smallTmpfs();
  ctx.skip(root === undefined, 'mounting a tmpfs needs root on Linux');
  const store = new NoteStore(await Workspace.open(root!));
  const file = path.join(root!, 'notes', 'c1', 'trade.md');
  const first = note(100_000, 'a');
  const base = await store.write('c1', 'trade', first, ABSENT);
  expect(base.status).toBe('saved');
  const before = await readFile(file);

  // Leave about 40 KB free, then save 200 KB: the write runs out of space half-way.
  const { bavail, bsize } = await statfs(root!);
  const filler = path.join(root!, 'filler');
  await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) - 40_960));
  const second = note(200_000, 'b');
  await expectSaveRefused(
    store,
    second,
    base.status === 'saved' ? base.revision : '',
    'disk is full',
  );
  expect((await readFile(file)).equals(before)).toBe(true);
  expect(await readdir(path.dirname(file))).toEqual(['trade.md']);

  await rm(filler);
  const retried = await store.write(
    'c1',
    'trade',
    second,
    base.status === 'saved' ? base.revision : '',
  );
  expect(retried.status).toBe('saved');
  expect(await readFile(file, 'utf8')).toBe(second);
  store.close();
});

test('a save into a read-only filesystem fails, leaves the note as it was, and works once writable', async (ctx) => {
  const root = await smallTmpfs();
  ctx.skip(root === undefined, 'mounting a tmpfs needs root on Linux');
  const store = new NoteStore(await Workspace.open(root!));
  const file = path.join(root!, 'notes', 'c1', 'trade.md');
  const saved = await store.write('c1', 'trade', 'before', ABSENT);
  if (saved.status !== 'saved') throw new Error('first save failed');

  remount(root!, 'ro');
  await expectSaveRefused(store, 'after', saved.revision, 'read-only');
  expect(await readFile(file, 'utf8')).toBe('before');

  remount(root!, 'rw');
  expect((await store.write('c1', 'trade', 'after', saved.revision)).status).toBe('saved');
  expect(await readFile(file, 'utf8')).toBe('after');
  expect(await readdir(path.dirname(file))).toEqual(['trade.md']);
  store.close();
});

test('a save into a folder without write permission fails and works once permitted', async (ctx) => {
  ctx.skip(isRoot, 'root ignores folder permissions; the read-only tmpfs test covers this');
  const root = await tempDir();
  const store = new NoteStore(await Workspace.open(root));
  const dir = path.join(root, 'notes', 'c1');
  await mkdir(dir, { recursive: true });
  const saved = await store.write('c1', 'trade', 'before', ABSENT);
  if (saved.status !== 'saved') throw new Error('first save failed');

  await chmod(dir, 0o555);
  try {
    await expectSaveRefused(store, 'after', saved.revision, 'read-only');
    expect(await readFile(path.join(dir, 'trade.md'), 'utf8')).toBe('before');
  } finally {
    await chmod(dir, 0o755);
  }
  expect((await store.write('c1', 'trade', 'after', saved.revision)).status).toBe('saved');
  store.close();
});
