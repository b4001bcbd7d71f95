/**
 * Typed errors that cross the bridge. A host never sends a stack trace: only a code, a message
 * meant for the user, and optional structured details.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './apiError';

export { ApiError } from './apiError';

export const ApiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorData = z.strictObject({
  code: ApiErrorCode,
  message: z.string(),
  /** A file the error is about, relative to the workspace where it lies inside it. */
  file: z.string().optional(),
});
export type ApiErrorData = z.infer<typeof ApiErrorData>;

/** What every call returns over a transport: the value, or a typed error. */
export const Envelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ApiErrorData }),
]);
export type Envelope = z.infer<typeof Envelope>;

/** HTTP status for an error code, used by the browser host. */
export function httpStatusFor(code: ApiErrorCode): number {
  switch (code) {
    case 'invalid-arguments':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'unknown-method':
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'too-large':
      return 413;
    case 'unreadable':
    case 'read-only':
      return 422;
    case 'io':
    case 'internal':
      return 500;
  }
}
