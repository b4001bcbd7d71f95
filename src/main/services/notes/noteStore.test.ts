import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ApiError } from '../../../core/api/errors';
import { Workspace } from '../workspace';
import { ABSENT, NoteStore, revisionOf, type NoteChange } from './noteStore';
import { writeFileDurably } from '../durableWrite';

let root: string;
let workspace: Workspace;
const stores: NoteStore[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-notes-'));
  workspace = await Workspace.open(root);
});

afterEach(async () => {
  stores.splice(0).forEach((s) => s.close());
  await rm(root, { recursive: true, force: true });
});

function store(options: ConstructorParameters<typeof NoteStore>[1] = {}): NoteStore {
  const s = new NoteStore(workspace, options);
  stores.push(s);
  return s;
}

const noteFile = (issue = 'trade'): string => path.join(root, 'notes', 'c1', `${issue}.md`);

async function saved(s: NoteStore, text: string, base: string, issue = 'trade'): Promise<string> {
  const result = await s.write('c1', issue, text, base);
  if (result.status !== 'saved') throw new Error(`expected saved, got ${result.status}`);
  return result.revision;
}

describe('reading and writing', () => {
  test('a missing note reads as empty with the absent revision', async () => {
    expect(await store().read('c1', 'trade')).toEqual({
      status: 'ok',
      text: '',
      revision: ABSENT,
    });
  });

  test('a write lands in notes/<case>/<issue>.md and reads back with its revision', async () => {
    const s = store();
    const revision = await saved(s, '# Tariffs\n\nSection 232 first.\n', ABSENT);
    expect(await readFile(noteFile(), 'utf8')).toBe('# Tariffs\n\nSection 232 first.\n');
    expect(await s.read('c1', 'trade')).toEqual({
      status: 'ok',
      text: '# Tariffs\n\nSection 232 first.\n',
      revision,
    });
  });

  test('a write against a stale revision is refused and the disk version is returned', async () => {
    const s = store();
    const first = await saved(s, 'one', ABSENT);
    await writeFile(noteFile(), 'edited elsewhere');
    const result = await s.write('c1', 'trade', 'mine', first);
    expect(result).toEqual({
      status: 'conflict',
      diskText: 'edited elsewhere',
      diskRevision: revisionOf(Buffer.from('edited elsewhere')),
    });
    expect(await readFile(noteFile(), 'utf8')).toBe('edited elsewhere');
  });

  test('a note deleted on disk is a conflict too, with no disk text', async () => {
    const s = store();
    const first = await saved(s, 'one', ABSENT);
    await rm(noteFile());
    expect(await s.write('c1', 'trade', 'mine', first)).toEqual({
      status: 'conflict',
      diskText: null,
      diskRevision: ABSENT,
    });
  });

  test('a retried save whose text is already on disk succeeds whatever its base', async () => {
    const s = store();
    const revision = await saved(s, 'same', ABSENT);
    expect(await s.write('c1', 'trade', 'same', ABSENT)).toEqual({ status: 'saved', revision });
  });

  test('a file with a byte-order mark and CRLF round-trips byte for byte', async () => {
    const bytes = Buffer.from('\uFEFFline one\r\nline two\r\n', 'utf8');
    await mkdir(path.dirname(noteFile()), { recursive: true });
    await writeFile(noteFile(), bytes);
    const read = await store().read('c1', 'trade');
    expect(read.status === 'ok' && read.revision).toBe(revisionOf(bytes));
    expect(read.status === 'ok' && Buffer.from(read.text, 'utf8').equals(bytes)).toBe(true);
  });
});

describe('a note that cannot be read', () => {
  const invalid = Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41, 0xc3, 0x28, 0x0a]);

  test('invalid UTF-8 is reported with the file and never overwritten', async () => {
    const s = store();
    await saved(s, 'x', ABSENT);
    await writeFile(noteFile(), invalid);
    expect(await s.read('c1', 'trade')).toEqual({
      status: 'unreadable',
      file: 'notes/c1/trade.md',
      message: 'it is not valid UTF-8 text',
    });
    for (const base of [ABSENT, revisionOf(invalid)]) {
      const error = await s.write('c1', 'trade', 'typed over it', base).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('unreadable');
      expect((error as ApiError).file).toBe('notes/c1/trade.md');
    }
    expect((await readFile(noteFile())).equals(invalid)).toBe(true);
  });
});

describe('failed writes', () => {
  test('a failing write reports an io error naming the file; the note is unchanged', async () => {
    let failWith: string | undefined = 'ENOSPC';
    const s = store({
      writeFile: async (file, bytes) => {
        if (failWith) throw Object.assign(new Error('injected'), { code: failWith });
        await writeFileDurably(file, bytes);
      },
    });
    const first = await s.write('c1', 'trade', 'kept', ABSENT).catch(() => undefined);
    expect(first).toBeUndefined();
    failWith = undefined;
    const base = await saved(s, 'kept', ABSENT);
    failWith = 'ENOSPC';
    const error = (await s
      .write('c1', 'trade', 'new text', base)
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('io');
    expect(error.file).toBe('notes/c1/trade.md');
    expect(error.message).toContain('disk is full');
    expect(await readFile(noteFile(), 'utf8')).toBe('kept');
    failWith = undefined;
    expect((await s.write('c1', 'trade', 'new text', base)).status).toBe('saved');
    expect(await readFile(noteFile(), 'utf8')).toBe('new text');
  });
});

describe('conflict copies, list and search', () => {
  test('a set-aside version is kept beside the note under a dated name, never over another', async () => {
    const s = store();
    const at = new Date(2025, 2, 4, 5, 6, 7);
    expect(await s.keepCopy('c1', 'trade', 'theirs', at)).toBe(
      'notes/c1/trade.conflict-20250304-050607.md',
    );
    expect(await s.keepCopy('c1', 'trade', 'mine', at)).toBe(
      'notes/c1/trade.conflict-20250304-050607-2.md',
    );
    const dir = path.dirname(noteFile());
    expect(await readFile(path.join(dir, 'trade.conflict-20250304-050607.md'), 'utf8')).toBe(
      'theirs',
    );
    expect(await readFile(path.join(dir, 'trade.conflict-20250304-050607-2.md'), 'utf8')).toBe(
      'mine',
    );
  });

  test('the list holds non-empty notes only, not copies or temp files', async () => {
    const s = store();
    await saved(s, 'Trade text', ABSENT, 'trade');
    await saved(s, '', ABSENT, 'burden');
    await s.keepCopy('c1', 'trade', 'old');
    await writeFile(path.join(path.dirname(noteFile()), '.trade.md.1.abcdef01.tmp'), 'x');
    expect(await s.list('c1')).toEqual([{ issue: 'trade', bytes: 10 }]);
  });

  test('search finds lines case-insensitively, with issue and line number', async () => {
    const s = store();
    await saved(s, '# Trade\nSection 232 tariffs\nnothing\nMore TARIFFS', ABSENT, 'trade');
    await saved(s, 'Host-nation support', ABSENT, 'burden');
    expect(await s.search('c1', 'tariffs')).toEqual([
      { issue: 'trade', line: 2, text: 'Section 232 tariffs' },
      { issue: 'trade', line: 4, text: 'More TARIFFS' },
    ]);
    expect(await s.search('c1', 'zzz')).toEqual([]);
  });

  test('claim links are read from every note on disk, an unreadable one left out', async () => {
    const s = store();
    await saved(s, 'See [[claim:tariffs]] and [[claim:summits]], [[claim:tariffs]]', ABSENT);
    await saved(s, 'Host-nation support, no links', ABSENT, 'burden');
    // Written by another program, and one that is not UTF-8.
    await writeFile(noteFile('korea'), 'Also [[claim:tariffs]]');
    await writeFile(noteFile('minilateral'), Buffer.from([0x5b, 0x5b, 0xff, 0xfe]));
    expect(await s.claimLinks('c1')).toEqual([
      { issue: 'korea', claims: ['tariffs'] },
      { issue: 'trade', claims: ['tariffs', 'summits'] },
    ]);
    expect(await s.claimLinks('no-notes-yet')).toEqual([]);
  });
});

describe('temp files of dead writers', () => {
  test('are removed when the case is first opened; a live writer’s are kept', async () => {
    const dir = path.dirname(noteFile());
    await saved(store(), 'x', ABSENT);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
      .stdout.toString()
      .trim();
    const names = [
      `.trade.md.${dead}.0badc0de.tmp`,
      `.trade.md.${process.pid}.12345678.tmp`,
      `.trade.md.${process.ppid}.87654321.tmp`,
      'trade.md.backup',
    ];
    for (const name of names) await writeFile(path.join(dir, name), 'half');
    await store().read('c1', 'trade');
    expect((await readdir(dir)).sort()).toEqual(
      [`.trade.md.${process.ppid}.87654321.tmp`, 'trade.md', 'trade.md.backup'].sort(),
    );
  });
});

describe('changes on disk', () => {
  async function watching(): Promise<{ s: NoteStore; changes: NoteChange[] }> {
    const changes: NoteChange[] = [];
    const s = store({ onChangedOnDisk: (c) => changes.push(c), watchDebounceMs: 30 });
    return { s, changes };
  }
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 300));

  test('another program’s edit is reported once with the new revision', async () => {
    const { s, changes } = await watching();
    await saved(s, 'mine', ABSENT);
    await s.read('c1', 'trade');
    await writeFile(noteFile(), 'theirs');
    await settle();
    expect(changes).toEqual([
      { caseId: 'c1', issueId: 'trade', revision: revisionOf(Buffer.from('theirs')) },
    ]);
  });

  test('the store’s own writes are not reported', async () => {
    const { s, changes } = await watching();
    let base = await saved(s, 'v0', ABSENT);
    for (let i = 1; i <= 5; i += 1) base = await saved(s, `v${i}`, base);
    await settle();
    expect(changes).toEqual([]);
  });

  test('a deleted note is reported as absent, and a new note as its revision', async () => {
    const { s, changes } = await watching();
    await saved(s, 'here', ABSENT);
    await rm(noteFile());
    await settle();
    await writeFile(noteFile('burden'), 'new');
    await settle();
    expect(changes).toEqual([
      { caseId: 'c1', issueId: 'trade', revision: ABSENT },
      { caseId: 'c1', issueId: 'burden', revision: revisionOf(Buffer.from('new')) },
    ]);
  });
});
