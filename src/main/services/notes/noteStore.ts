/**
 * Notes: one Markdown file per issue, `notes/<case-id>/<issue-id>.md`. A write names the revision
 * it was based on; if the file changed on disk since then, nothing is written and the caller gets
 * the disk version to choose from. A file that cannot be read is never written.
 *
 * Reading a case's note starts watching its folder: a change made by another program is
 * reported through `onChangedOnDisk`; the store's own writes are not.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { claimIdsIn } from '../../../core/markdown/backlinks';
import { SerialQueue } from '../serialQueue';
import type { Workspace } from '../workspace';
import { writeFileDurably, type WriteFileFn } from '../durableWrite';
import { FolderWatcher } from './folderWatcher';
import { ABSENT, diskRevision, readDisk, revisionOf, type NoteRevision } from './noteDisk';
import { conflictCopyName, searchText, type NoteHit } from './noteText';
import { removeStaleTemps } from './staleTemps';

export { ABSENT, revisionOf, type NoteRevision } from './noteDisk';

export type NoteReadResult =
  | { status: 'ok'; text: string; revision: NoteRevision }
  | { status: 'unreadable'; file: string; message: string };

export type NoteWriteResult =
  | { status: 'saved'; revision: NoteRevision }
  | { status: 'conflict'; diskText: string | null; diskRevision: NoteRevision };

export interface NoteChange {
  readonly caseId: string;
  readonly issueId: string;
  readonly revision: NoteRevision;
}

export interface NoteStoreOptions {
  /** Called when a note file changes on disk by another hand than this store's. */
  readonly onChangedOnDisk?: (change: NoteChange) => void;
  /** How a file is written; tests inject failures (a full disk) here. */
  readonly writeFile?: WriteFileFn;
  /** Whether to watch notes folders; by default, when there is an `onChangedOnDisk` to call. */
  readonly watch?: boolean;
  /** How long a burst of folder events is collected before the files are read. */
  readonly watchDebounceMs?: number;
}

const MAX_HITS = 200;
/** What a failed note save keeps: the editor holds the text until the next save succeeds. */
const NOTE_KEPT = 'Your text is still here.';

export class NoteStore {
  private readonly queue = new SerialQueue();
  /** The revision this store last read or wrote, per file: what "changed on disk" compares to. */
  private readonly known = new Map<string, NoteRevision>();
  private readonly watchers = new Map<string, FolderWatcher>();
  private readonly tidied = new Set<string>();
  private readonly writeFile: WriteFileFn;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: NoteStoreOptions = {},
  ) {
    this.writeFile = options.writeFile ?? writeFileDurably;
  }

  async read(caseId: string, issueId: string): Promise<NoteReadResult> {
    const file = this.workspace.noteFile(caseId, issueId);
    await this.open(caseId);
    return this.queue.run(file, async () => {
      const disk = await readDisk(await this.workspace.real(file));
      this.known.set(file, diskRevision(disk));
      switch (disk.kind) {
        case 'absent':
          return { status: 'ok', text: '', revision: ABSENT };
        case 'text':
          return { status: 'ok', text: disk.text, revision: disk.revision };
        case 'unreadable':
          return {
            status: 'unreadable',
            file: this.workspace.relative(file),
            message: disk.message,
          };
      }
    });
  }

  async write(
    caseId: string,
    issueId: string,
    text: string,
    base: NoteRevision,
  ): Promise<NoteWriteResult> {
    const file = this.workspace.noteFile(caseId, issueId);
    await this.open(caseId);
    return this.queue.run(file, async () => {
      const disk = await readDisk(await this.workspace.real(file));
      if (disk.kind === 'unreadable') {
        throw new ApiError(
          'unreadable',
          `${this.workspace.relative(file)} cannot be read (${disk.message}), so it is not overwritten.`,
          this.workspace.relative(file),
        );
      }
      const bytes = Buffer.from(text, 'utf8');
      const revision = revisionOf(bytes);
      const onDisk = diskRevision(disk);
      // The disk already holds exactly this text (a retried save whose answer was lost).
      if (onDisk === revision) {
        this.known.set(file, revision);
        return { status: 'saved', revision };
      }
      if (onDisk !== base) {
        return {
          status: 'conflict',
          diskText: disk.kind === 'text' ? disk.text : null,
          diskRevision: onDisk,
        };
      }
      await this.put(file, bytes, revision);
      return { status: 'saved', revision };
    });
  }

  /**
   * Keeps a version the user set aside in a conflict as `<issue>.conflict-<time>.md` beside the
   * note, so choosing one version never loses the other. Returns the copy's workspace path.
   */
  async keepCopy(caseId: string, issueId: string, text: string, now = new Date()): Promise<string> {
    const file = this.workspace.noteFile(caseId, issueId);
    const dir = path.dirname(file);
    return this.queue.run(file, async () => {
      const taken = new Set(await readdir(await this.workspace.real(dir)).catch(() => []));
      let n = 1;
      while (taken.has(conflictCopyName(issueId, now, n))) n += 1;
      const copy = path.join(dir, conflictCopyName(issueId, now, n));
      await this.workspace.writeFile(copy, text, { kept: NOTE_KEPT, write: this.writeFile });
      return this.workspace.relative(copy);
    });
  }

  async list(caseId: string): Promise<{ issue: string; bytes: number }[]> {
    const dir = await this.workspace.real(this.workspace.notesDir(caseId));
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const out: { issue: string; bytes: number }[] = [];
    for (const name of names.sort()) {
      const match = /^([a-z0-9][a-z0-9-]{0,79})\.md$/.exec(name);
      if (!match) continue;
      const info = await stat(path.join(dir, name)).catch(() => undefined);
      if (info?.isFile() && info.size > 0) out.push({ issue: match[1]!, bytes: info.size });
    }
    return out;
  }

  async search(caseId: string, query: string): Promise<NoteHit[]> {
    const hits: NoteHit[] = [];
    for (const { issue } of await this.list(caseId)) {
      const disk = await readDisk(
        await this.workspace.real(this.workspace.noteFile(caseId, issue)),
      );
      if (disk.kind !== 'text') continue;
      hits.push(...searchText(issue, disk.text, query, MAX_HITS - hits.length));
      if (hits.length >= MAX_HITS) break;
    }
    return hits;
  }

  /** The claims each readable note links to; notes without links are left out. */
  async claimLinks(caseId: string): Promise<{ issue: string; claims: string[] }[]> {
    const out: { issue: string; claims: string[] }[] = [];
    for (const { issue } of await this.list(caseId)) {
      const disk = await readDisk(
        await this.workspace.real(this.workspace.noteFile(caseId, issue)),
      );
      if (disk.kind !== 'text') continue;
      const claims = claimIdsIn(disk.text);
      if (claims.length > 0) out.push({ issue, claims });
    }
    return out;
  }

  /** Resolves when every write queued so far has reached the disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /** Stops watching every folder. */
  close(): void {
    for (const watcher of [...this.watchers.values()]) watcher.close();
  }

  private async put(file: string, bytes: Buffer, revision: NoteRevision): Promise<void> {
    const before = this.known.get(file);
    // Set before the rename, so the watcher never takes this write for someone else's.
    this.known.set(file, revision);
    try {
      await this.workspace.writeFile(file, bytes, { kept: NOTE_KEPT, write: this.writeFile });
    } catch (error) {
      if (before === undefined) this.known.delete(file);
      else this.known.set(file, before);
      throw error;
    }
  }

  /** First touch of a case: remove temp files of dead writers, start watching its folder. */
  private async open(caseId: string): Promise<void> {
    const dir = this.workspace.notesDir(caseId);
    // Refuses a notes folder that is a link out of the workspace before anything touches it.
    const real = await this.workspace.real(dir);
    if (!this.tidied.has(dir)) {
      this.tidied.add(dir);
      await removeStaleTemps(real);
    }
    const watch = this.options.watch ?? this.options.onChangedOnDisk !== undefined;
    if (!watch || this.watchers.has(dir)) return;
    try {
      await mkdir(dir, { recursive: true });
    } catch {
      return;
    }
    if (this.watchers.has(dir)) return;
    try {
      this.watchers.set(
        dir,
        new FolderWatcher({
          dir,
          debounceMs: this.options.watchDebounceMs ?? 150,
          onChange: (issues) => void this.checkDisk(caseId, issues).catch(() => undefined),
          onClosed: () => this.watchers.delete(dir),
        }),
      );
    } catch {
      // The platform cannot watch this folder: changes are still caught as conflicts on write.
    }
  }

  private async checkDisk(caseId: string, issues: ReadonlySet<string> | 'all'): Promise<void> {
    const ids = issues === 'all' ? await this.issuesToCheck(caseId) : issues;
    for (const issueId of ids) {
      const file = this.workspace.noteFile(caseId, issueId);
      const revision = await this.queue.run(file, async () => {
        const real = await this.workspace.real(file).catch(() => undefined);
        if (real === undefined) return undefined;
        const now = diskRevision(await readDisk(real));
        if (now === (this.known.get(file) ?? ABSENT)) return undefined;
        this.known.set(file, now);
        return now;
      });
      if (revision !== undefined) this.options.onChangedOnDisk?.({ caseId, issueId, revision });
    }
  }

  private async issuesToCheck(caseId: string): Promise<Set<string>> {
    const dir = this.workspace.notesDir(caseId);
    const ids = new Set((await this.list(caseId)).map((n) => n.issue));
    for (const file of this.known.keys()) {
      if (path.dirname(file) === dir) ids.add(path.basename(file, '.md'));
    }
    return ids;
  }
}
