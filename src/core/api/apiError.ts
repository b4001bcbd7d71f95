/**
 * The typed error that crosses the bridge, without its schema: the renderer catches it from its
 * first screen on, before zod is loaded. errors.ts builds the schemas from the codes here.
 */
export const API_ERROR_CODES = [
  'invalid-arguments',
  'unknown-method',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'unreadable',
  'read-only',
  'io',
  'too-large',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** An error as it travels: a code, a message meant for the user, and the file it is about. */
export interface ApiErrorFields {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** A file the error is about, relative to the workspace where it lies inside it. */
  readonly file?: string | undefined;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }

  toData(): { code: ApiErrorCode; message: string; file?: string } {
    return this.file === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, file: this.file };
  }

  static fromData(data: ApiErrorFields): ApiError {
    return new ApiError(data.code, data.message, data.file);
  }
}
