/**
 * Follows a workspace path component by component on disk, so a symbolic link anywhere along
 * it (`notes/<case>`, `cases`, `exports`, the file itself) is seen: one that stays inside the
 * workspace is followed, one that leads out is refused, naming the link.
 *
 * Why lstat per component rather than one realpath: the file (or its folders) may not exist
 * yet, and realpath cannot say which component was the link. A few lstats cost microseconds
 * beside the fsyncs of a durable write.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';

export interface RealPathOptions {
  /** Create missing folders on the way (for a write), each after its parent was checked. */
  readonly createFolders: boolean;
}

/**
 * The path on disk that `file` (inside `root`, whose real path is `realRoot`) leads to.
 * Components that do not exist are kept as they are: nothing beyond them can be a link.
 */
export async function realPathInside(
  root: string,
  realRoot: string,
  file: string,
  options: RealPathOptions,
): Promise<string> {
  const parts = path.relative(root, file).split(path.sep).filter(Boolean);
  let real = realRoot;
  for (const [index, part] of parts.entries()) {
    const next = path.join(real, part);
    const isLast = index === parts.length - 1;
    const info = await lstat(next).catch((error: NodeJS.ErrnoException) => {
      // A missing component is created (a folder on the way to a write) or ends the walk; any
      // other failure (ENOTDIR, EACCES) is left for the read or write itself to report.
      if (error.code === 'ENOENT' || !options.createFolders) return undefined;
      throw error;
    });
    if (info === undefined) {
      if (options.createFolders && !isLast) {
        await mkdir(next, { recursive: true });
        real = next;
        continue;
      }
      return path.join(real, ...parts.slice(index));
    }
    if (!info.isSymbolicLink()) {
      real = next;
      continue;
    }
    const shown = parts.slice(0, index + 1).join('/');
    const target = await realpath(next).catch(() => undefined);
    if (target === undefined) {
      throw new ApiError(
        'forbidden',
        `${shown} is a symbolic link to something that does not exist; Diptych does not follow it.`,
        shown,
      );
    }
    if (!isWithin(realRoot, target)) {
      throw new ApiError(
        'forbidden',
        `${shown} is a symbolic link that leads outside the workspace (to ${target}); Diptych does not read or write through it.`,
        shown,
      );
    }
    real = target;
  }
  return real;
}

export function isWithin(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}
