/**
 * The workspace: the folder that holds everything the user writes. Paths inside it are built
 * only from ids the contract has already checked, and checked again here to lie inside it:
 * first by name, then on disk, so a symbolic link cannot lead a read or a write out of it.
 */
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import { Id } from '../../core/case/schema';
import { ApiError } from '../../core/api/errors';
import { writeFileDurably, type WriteFileFn } from './durableWrite';
import { realPathInside } from './realPath';
import { writeError } from './writeError';

export interface WriteOptions {
  /** What the user still has when the write fails, said after the reason. */
  readonly kept?: string;
  /** How the bytes are written; tests inject failures (a full disk) here. */
  readonly write?: WriteFileFn;
}

/** The OS's conventional data folder for Diptych (e.g. ~/.local/share/Diptych on Linux). */
export function defaultWorkspaceDir(): string {
  return envPaths('Diptych', { suffix: '' }).data;
}

export class Workspace {
  private constructor(
    readonly root: string,
    /** The root with every link resolved: what a real path must lie inside. */
    private readonly realRoot: string,
  ) {}

  /** Opens the workspace at `dir`, creating it and its standard folders on first run. */
  static async open(dir: string): Promise<Workspace> {
    const root = path.resolve(dir);
    await mkdir(root, { recursive: true });
    const ws = new Workspace(root, await realpath(root));
    await Promise.all(
      [ws.dir('notes'), ws.dir('cases'), ws.dir('exports')].map((d) =>
        mkdir(d, { recursive: true }),
      ),
    );
    return ws;
  }

  /** A path inside the workspace from id segments; refuses anything that could escape it. */
  dir(...segments: string[]): string {
    return this.inside(segments);
  }

  userLayerFile(caseId: string): string {
    return this.inside(['cases', safe(caseId), 'user.json']);
  }

  noteFile(caseId: string, issueId: string): string {
    return this.inside(['notes', safe(caseId), `${safe(issueId)}.md`]);
  }

  notesDir(caseId: string): string {
    return this.inside(['notes', safe(caseId)]);
  }

  /** A path relative to the workspace root, for messages shown to the user. */
  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  /**
   * The path on disk a workspace path leads to, for reading: links inside the workspace are
   * followed, a link that leads out is refused with a `forbidden` error naming it.
   */
  real(file: string): Promise<string> {
    return realPathInside(this.root, this.realRoot, this.checked(file), { createFolders: false });
  }

  /** Creates a folder of the workspace (and those above it), refusing links that lead out. */
  async folder(dir: string): Promise<string> {
    const real = await realPathInside(this.root, this.realRoot, this.checked(dir), {
      createFolders: true,
    });
    await mkdir(real, { recursive: true });
    return real;
  }

  /**
   * The entry itself (not what it links to), its folder checked like `real`: for removing or
   * renaming a file, which must act on a link rather than on its target.
   */
  async realEntry(file: string): Promise<string> {
    const checked = this.checked(file);
    return path.join(await this.real(path.dirname(checked)), path.basename(checked));
  }

  /**
   * Writes a file of the workspace atomically, creating its folders; a note that is a link inside
   * the workspace is written through (its target replaced, the link kept). A failure (full disk,
   * read-only folder) becomes an `io` error naming the file, and the file on disk stays as it was.
   */
  async writeFile(
    file: string,
    data: string | Uint8Array,
    options: WriteOptions = {},
  ): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      const target = await realPathInside(this.root, this.realRoot, this.checked(file), {
        createFolders: true,
      });
      await (options.write ?? writeFileDurably)(target, bytes);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw writeError(error, this.relative(file), options.kept);
    }
  }

  private checked(file: string): string {
    return this.inside([path.relative(this.root, path.resolve(file))]);
  }

  private inside(segments: readonly string[]): string {
    const full = path.resolve(this.root, ...segments);
    if (full !== this.root && !full.startsWith(this.root + path.sep)) {
      throw new ApiError('forbidden', 'That path lies outside the workspace.');
    }
    return full;
  }
}

function safe(id: string): string {
  const parsed = Id.safeParse(id);
  if (!parsed.success) {
    const why = parsed.error.issues[0]?.message ?? 'not allowed';
    throw new ApiError('invalid-arguments', `"${id.slice(0, 40)}" is not a valid id: it ${why}.`);
  }
  return id;
}
