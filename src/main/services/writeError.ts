/**
 * Turns a failed write into the error the user sees: which file, why, and what was kept (for a
 * note, the text in the editor; for any file, the version on disk).
 */
import { ApiError } from '../../core/api/errors';

export function writeError(
  error: unknown,
  file: string,
  kept = 'The file on disk is unchanged.',
): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('io', `The disk is full: ${file} was not saved. ${kept}`, file);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError('io', `The folder is read-only: ${file} was not saved. ${kept}`, file);
    case 'ENOTDIR':
    case 'EEXIST':
      return new ApiError(
        'io',
        `${file} was not saved: a file stands where its folder should be. ${kept}`,
        file,
      );
    default:
      return new ApiError('io', `${file} was not saved (${code ?? 'write error'}). ${kept}`, file);
  }
}
