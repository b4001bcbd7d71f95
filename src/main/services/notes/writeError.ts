/** Turns a failed write into the error the user sees: which file, why, and that nothing is lost. */
import { ApiError } from '../../../core/api/errors';

export function writeError(error: unknown, file: string): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
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
    case 'ENOTDIR':
    case 'EEXIST':
      return new ApiError(
        'io',
        `${file} was not saved: a file stands where its folder should be. Your text is still here.`,
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
