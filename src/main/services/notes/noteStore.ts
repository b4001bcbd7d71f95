/**
 * Notes: one Markdown file per issue, `notes/<case-id>/<issue-id>.md`. A write names the revision
 * it was based on; if the file changed on disk since then, nothing is written and the caller gets
 * the disk version to choose from.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { writeFileAtomically } from '../atomicWrite';
import { SerialQueue } from '../serialQueue';
import type { Workspace } from '../workspace';

export type NoteRevision = string;
export const ABSENT = 'absent';

export type NoteReadResult =
  | { status: 'ok'; text: string; revision: NoteRevision }
  | { status: 'unreadable'; file: string; message: string };

export type NoteWriteResult =
  | { status: 'saved'; revision: NoteRevision }
  | { status: 'conflict'; diskText: string | null; diskRevision: NoteRevision };

export function revisionOf(bytes: Uint8Array): NoteRevision {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

type DiskState =
  | { kind: 'absent' }
  | { kind: 'text'; text: string; revision: NoteRevision }
  | { kind: 'unreadable'; message: string };

export class NoteStore {
  private readonly queue = new SerialQueue();

  constructor(private readonly workspace: Workspace) {}

  read(caseId: string, issueId: string): Promise<NoteReadResult> {
    const file = this.workspace.noteFile(caseId, issueId);
    return this.queue.run(file, async () => {
      const disk = await readDisk(file);
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

  write(
    caseId: string,
    issueId: string,
    text: string,
    base: NoteRevision,
  ): Promise<NoteWriteResult> {
    const file = this.workspace.noteFile(caseId, issueId);
    return this.queue.run(file, async () => {
      const disk = await readDisk(file);
      if (disk.kind === 'unreadable') {
        throw new ApiError(
          'unreadable',
          `${this.workspace.relative(file)} cannot be read (${disk.message}), so it is not overwritten.`,
          this.workspace.relative(file),
        );
      }
      const diskRevision = disk.kind === 'text' ? disk.revision : ABSENT;
      if (diskRevision !== base) {
        return {
          status: 'conflict',
          diskText: disk.kind === 'text' ? disk.text : null,
          diskRevision,
        };
      }
      const bytes = Buffer.from(text, 'utf8');
      const revision = revisionOf(bytes);
      if (revision === diskRevision) return { status: 'saved', revision };
      await mkdir(path.dirname(file), { recursive: true });
      try {
        await writeFileAtomically(file, bytes);
      } catch (error) {
        throw writeError(error, this.workspace.relative(file));
      }
      return { status: 'saved', revision };
    });
  }

  async list(caseId: string): Promise<{ issue: string; bytes: number }[]> {
    const dir = this.workspace.notesDir(caseId);
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

  async search(
    caseId: string,
    query: string,
  ): Promise<{ issue: string; line: number; text: string }[]> {
    const needle = query.toLocaleLowerCase();
    const hits: { issue: string; line: number; text: string }[] = [];
    for (const { issue } of await this.list(caseId)) {
      const disk = await readDisk(this.workspace.noteFile(caseId, issue));
      if (disk.kind !== 'text') continue;
      disk.text.split('\n').forEach((line, i) => {
        if (line.toLocaleLowerCase().includes(needle)) {
          hits.push({ issue, line: i + 1, text: line.slice(0, 300) });
        }
      });
    }
    return hits;
  }

  /** Resolves when every write queued so far has reached the disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }
}

async function readDisk(file: string): Promise<DiskState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    return {
      kind: 'unreadable',
      message: code === 'EACCES' ? 'permission denied' : `read error ${code ?? ''}`.trim(),
    };
  }
  try {
    return { kind: 'text', text: utf8.decode(bytes), revision: revisionOf(bytes) };
  } catch {
    return { kind: 'unreadable', message: 'it is not valid UTF-8 text' };
  }
}

function writeError(error: unknown, file: string): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
      return new ApiError(
        'io',
        `The disk is full: ${file} was not saved. Your text is still here.`,
        file,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError(
        'io',
        `The folder is read-only: ${file} was not saved. Your text is still here.`,
        file,
      );
    default:
      return new ApiError(
        'io',
        `${file} was not saved (${code ?? 'write error'}). Your text is still here.`,
        file,
      );
  }
}
