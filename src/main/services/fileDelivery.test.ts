/**
 * Delivering files on real folders, with a fake save dialog: the proposed path, a cancelled
 * dialog, a place chosen elsewhere, no dialog at all (a download), refused names and content,
 * and failures (a full disk, a read-only folder) that leave no file.
 */
import { chmod, mkdir, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRoot, remount, Scratch } from './testing/scratch';
import { ApiError } from '../../core/api/errors';
import { acceptProposedPath, FileDelivery, type SaveDialog } from './fileDelivery';
import { Workspace } from './workspace';

const scratch = new Scratch('diptych-export-');
afterEach(() => scratch.cleanup());
const tempDir = (): Promise<string> => scratch.dir();
const smallTmpfs = (): Promise<string | undefined> => scratch.tmpfs();

async function store(choose: SaveDialog = acceptProposedPath, root?: string) {
  const ws = await Workspace.open(root ?? (await tempDir()));
  return { ws, exports: new FileDelivery(ws, { saveDialog: choose }) };
}

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('delivering a file with a save dialog', () => {
  it('proposes <workspace>/exports/<name> and writes the bytes there', async () => {
    const proposed: string[] = [];
    const { ws, exports } = await store(async (p) => {
      proposed.push(p);
      return p;
    });
    const result = await exports.deliver(
      'japan-trump',
      'japan-trump-jobs.csv',
      b64('a,b\r\n1,2\r\n'),
    );
    const expected = path.join(ws.root, 'exports', 'japan-trump-jobs.csv');
    expect(proposed).toEqual([expected]);
    expect(result).toEqual({ status: 'saved', path: expected });
    expect(await readFile(expected, 'utf8')).toBe('a,b\r\n1,2\r\n');
  });

  it('writes binary content byte for byte, over an earlier export of the same name', async () => {
    const { ws, exports } = await store();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
    await exports.deliver('c1', 'c1-m-2x.png', b64('old'));
    await exports.deliver('c1', 'c1-m-2x.png', b64(png));
    expect(await readFile(path.join(ws.root, 'exports', 'c1-m-2x.png'))).toEqual(png);
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual(['c1-m-2x.png']);
  });

  it('writes nothing when the user cancels', async () => {
    const { ws, exports } = await store(async () => null);
    expect(await exports.deliver('c1', 'c1-m.svg', b64('<svg/>'))).toEqual({ status: 'cancelled' });
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('saves where the user chose, even outside the workspace', async () => {
    const elsewhere = path.join(await tempDir(), 'chart.svg');
    const { exports } = await store(async () => elsewhere);
    expect(await exports.deliver('c1', 'c1-m.svg', b64('<svg/>'))).toEqual({
      status: 'saved',
      path: elsewhere,
    });
    expect(await readFile(elsewhere, 'utf8')).toBe('<svg/>');
  });

  it('recreates the exports folder if it was removed', async () => {
    const { ws, exports } = await store();
    await rm(path.join(ws.root, 'exports'), { recursive: true });
    expect((await exports.deliver('c1', 'c1-m.json', b64('{}'))).status).toBe('saved');
  });

  it('refuses names that are not of the export shape, or not of the case', async () => {
    const { ws, exports } = await store();
    for (const bad of [
      '../c1-m.png',
      'c1/m.png',
      'c1-m.PNG',
      'C1-m.png',
      'c1-m.exe',
      'c1-m.png.sh',
      '.c1-m.png',
      `c1-${'x'.repeat(130)}.png`,
    ]) {
      const error = await refusal(exports.deliver('c1', bad, b64('x')));
      expect(error.code).toBe('invalid-arguments');
    }
    expect((await refusal(exports.deliver('c1', 'other-m.png', b64('x')))).message).toContain(
      'must be named c1-',
    );
    expect((await refusal(exports.deliver('../c1', 'c1-m.png', b64('x')))).code).toBe(
      'invalid-arguments',
    );
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('refuses content that is not base64, or too large', async () => {
    const { exports } = await store();
    for (const bad of ['not base64!', 'abc', 'ab==cd==']) {
      expect((await refusal(exports.deliver('c1', 'c1-m.png', bad))).code).toBe(
        'invalid-arguments',
      );
    }
    const huge = 'A'.repeat(70_000_000);
    expect((await refusal(exports.deliver('c1', 'c1-m.png', huge))).message).toContain(
      'larger than',
    );
  });

  it('refuses a chosen path that is not absolute', async () => {
    const { exports } = await store(async () => 'relative/chart.png');
    expect((await refusal(exports.deliver('c1', 'c1-m.png', b64('x')))).code).toBe(
      'invalid-arguments',
    );
  });
});

describe('delivering a file without a save dialog (a browser)', () => {
  it('answers a download with the name, type and bytes, and writes nothing', async () => {
    const ws = await Workspace.open(await tempDir());
    const delivery = new FileDelivery(ws);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 255]);
    expect(await delivery.deliver('c1', 'c1-bundle-2026-01-02.zip', b64(zip))).toEqual({
      status: 'download',
      fileName: 'c1-bundle-2026-01-02.zip',
      mime: 'application/zip',
      contentBase64: b64(zip),
    });
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('hands out a bibliography with the type a reference manager opens it by', async () => {
    const delivery = new FileDelivery(await Workspace.open(await tempDir()));
    const bib = await delivery.deliver('c1', 'c1-sources.bib', b64('@misc{a, title = {A}}'));
    const ris = await delivery.deliver('c1', 'c1-sources.ris', b64('TY  - GEN\nER  - \n'));
    expect([bib, ris].map((d) => (d.status === 'download' ? d.mime : d.status))).toEqual([
      'application/x-bibtex',
      'application/x-research-info-systems',
    ]);
  });

  it('refuses the same bad names as with a dialog', async () => {
    const delivery = new FileDelivery(await Workspace.open(await tempDir()));
    for (const bad of ['../c1-m.zip', 'c1-m.exe', 'other-m.csv']) {
      expect((await refusal(delivery.deliver('c1', bad, b64('x')))).code).toBe('invalid-arguments');
    }
  });
});

describe('the save dialog', () => {
  it('is told the type of file, for its filter', async () => {
    const seen: unknown[] = [];
    const { exports } = await store(async (p, file) => {
      seen.push(file);
      return p;
    });
    await exports.deliver('c1', 'c1-bundle-2026-01-02.diptych', b64('PK'));
    await exports.deliver('c1', 'c1-m.svg', b64('<svg/>'));
    await exports.deliver('c1', 'c1-m.pdf', b64('%PDF-1.7'));
    await exports.deliver('c1', 'c1-sources.bib', b64('@misc{a, title = {A}}'));
    await exports.deliver('c1', 'c1-sources.ris', b64('TY  - GEN\nER  - \n'));
    expect(seen).toEqual([
      { extension: 'diptych', label: 'Diptych case bundle' },
      { extension: 'svg', label: 'SVG image' },
      { extension: 'pdf', label: 'PDF document' },
      { extension: 'bib', label: 'BibTeX bibliography' },
      { extension: 'ris', label: 'RIS bibliography' },
    ]);
  });
});

describe('a failed export', () => {
  it('on a full disk says so, names the file and leaves nothing (injected ENOSPC)', async () => {
    const ws = await Workspace.open(await tempDir());
    const exports = new FileDelivery(ws, {
      saveDialog: acceptProposedPath,
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    const error = await refusal(exports.deliver('c1', 'c1-m-3x.png', b64('png')));
    expect(error.code).toBe('io');
    expect(error.file).toBe('exports/c1-m-3x.png');
    expect(error.message).toBe(
      'The disk is full: exports/c1-m-3x.png was not saved. Nothing was written.',
    );
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('into a folder that is a file fails with no leftover (a real failing write)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'not-a-folder'), 'x');
    const target = path.join(dir, 'not-a-folder', 'c1-m.png');
    const { exports } = await store(async () => target);
    const error = await refusal(exports.deliver('c1', 'c1-m.png', b64('png')));
    expect(error.code).toBe('io');
    expect(error.file).toBe(target);
    expect(error.message).toContain('a file stands where its folder should be');
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('over a folder of that name fails and removes its temp file (a real failing rename)', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'c1-m.svg'));
    const { exports } = await store(async () => path.join(dir, 'c1-m.svg'));
    const error = await refusal(exports.deliver('c1', 'c1-m.svg', b64('<svg/>')));
    expect(error.code).toBe('io');
    expect(await readdir(dir)).toEqual(['c1-m.svg']);
    expect(await readdir(path.join(dir, 'c1-m.svg'))).toEqual([]);
  });

  it('on a really full filesystem leaves no partial file', async (ctx) => {
    const root = await smallTmpfs();
    ctx.skip(root === undefined, 'mounting a tmpfs needs root on Linux');
    const { ws, exports } = await store(acceptProposedPath, root);
    const { bavail, bsize } = await statfs(root!);
    const big = Buffer.alloc(Math.min(Number(bavail * bsize) + 64 * 1024, 2_000_000), 7);
    const error = await refusal(exports.deliver('c1', 'c1-m-3x.png', big.toString('base64')));
    expect(error.code).toBe('io');
    expect(error.message).toContain('The disk is full');
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('into a read-only filesystem says the folder is read-only', async (ctx) => {
    const root = await smallTmpfs();
    ctx.skip(root === undefined, 'mounting a tmpfs needs root on Linux');
    const { ws, exports } = await store(acceptProposedPath, root);
    remount(root!, 'ro');
    try {
      const error = await refusal(exports.deliver('c1', 'c1-m.csv', b64('a')));
      expect(error.message).toBe(
        'The folder is read-only: exports/c1-m.csv was not saved. Nothing was written.',
      );
    } finally {
      remount(root!, 'rw');
    }
    expect(await readdir(path.join(ws.root, 'exports'))).toEqual([]);
  });

  it('into a folder without write permission says so', async (ctx) => {
    ctx.skip(isRoot, 'root ignores folder permissions; the read-only tmpfs test covers this');
    const { ws, exports } = await store();
    const dir = path.join(ws.root, 'exports');
    await chmod(dir, 0o555);
    try {
      const error = await refusal(exports.deliver('c1', 'c1-m.csv', b64('a')));
      expect(error.message).toContain('read-only');
    } finally {
      await chmod(dir, 0o755);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
