/**
 * The one place a failed write becomes the error the user sees: which file, why, and what was
 * kept (for a note, the text in the editor; for any file, the version on disk). Every writer
 * (notes, the user layer, settings, documents, bundles, exports) reports through it.
 */
import { ApiError } from '../../core/api/errors';

export function writeError(
  error: unknown,
  file: string,
  kept = 'The file on disk is unchanged.',
): ApiError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new ApiError('io', `${reason(code, file)} ${kept}`, file);
}

function reason(code: string | undefined, file: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: ${file} was not saved.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The folder is read-only: ${file} was not saved.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${file} was not saved: a file stands where its folder should be.`;
    case 'ENOENT':
      return `${file} was not saved: its folder does not exist.`;
    case 'EISDIR':
      return `${file} was not saved: a folder has that name.`;
    default:
      return `${file} was not saved (${code ?? 'write error'}).`;
  }
}
