/**
 * The workspace: the folder that holds everything the user writes. Paths inside it are built
 * only from ids the contract has already checked, and checked again here to lie inside it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import { Id } from '../../core/case/schema';
import { ApiError } from '../../core/api/errors';
import { writeFileAtomically } from './atomicWrite';
import { writeError } from './writeError';

/** The OS's conventional data folder for Diptych (e.g. ~/.local/share/Diptych on Linux). */
export function defaultWorkspaceDir(): string {
  return envPaths('Diptych', { suffix: '' }).data;
}

export class Workspace {
  private constructor(readonly root: string) {}

  /** Opens the workspace at `dir`, creating it and its standard folders on first run. */
  static async open(dir: string): Promise<Workspace> {
    const root = path.resolve(dir);
    await mkdir(root, { recursive: true });
    const ws = new Workspace(root);
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
   * Writes a file of the workspace atomically; a failure (full disk, read-only folder) becomes
   * an `io` error naming the file, and the file on disk stays as it was.
   */
  async writeFile(file: string, data: string | Uint8Array): Promise<void> {
    try {
      await writeFileAtomically(file, data);
    } catch (error) {
      throw writeError(error, this.relative(file));
    }
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
  if (!Id.safeParse(id).success) {
    throw new ApiError('invalid-arguments', `"${id.slice(0, 40)}" is not a valid id.`);
  }
  return id;
}
