/** Size limits on what crosses the bridge. */
import { z } from 'zod';
import { Id } from '../case/schema';

/** Any ordinary string argument: at most 1 MB of text. */
export const MAX_TEXT = 1_000_000;
/** A note may be larger than an ordinary argument: at most 4 MB of text. */
export const MAX_NOTE = 4_000_000;
/** A file the user brings in (a document, a CSV, a bibliography, a bundle): at most 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * What an argument carrying a file may hold: a little over MAX_FILE_BYTES, so a file slightly
 * too large reaches the service, which refuses it with a message naming the file.
 */
export const MAX_FILE_ARGUMENT_BYTES = 64 * 1024 * 1024;
/** A file's content as base64 text. */
export const MAX_FILE_BASE64 = Math.ceil(MAX_FILE_ARGUMENT_BYTES / 3) * 4;
/**
 * The largest request body the browser host accepts, 90 MB: a file argument in base64 (a 50 MB
 * file is about 67 MB of base64, the argument limit about 85 MB) plus the other arguments.
 */
export const MAX_BODY_BYTES = 90 * 1024 * 1024;

export const Text = z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
export const NoteText = z.string().max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`);
/** A file's bytes as standard base64. */
export const Base64 = z
  .string()
  .max(MAX_FILE_BASE64, `must be at most ${MAX_FILE_BASE64} characters`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
/** The name of a file the user picked: shown in messages, never used as a path. */
export const FileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'must not contain control characters');

/** An id that may become a file or folder name: no `/`, `\`, `..` or NUL can pass. */
export const SafeId = Id;
