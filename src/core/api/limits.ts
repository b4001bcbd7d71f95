/** Size limits on what crosses the bridge. */
import { z } from 'zod';
import { Id } from '../case/schema';
import { MAX_FILE_BASE64, MAX_NOTE, MAX_TEXT } from './sizeLimits';

export {
  MAX_BODY_BYTES,
  MAX_FILE_ARGUMENT_BYTES,
  MAX_FILE_BASE64,
  MAX_FILE_BYTES,
  MAX_NOTE,
  MAX_TEXT,
} from './sizeLimits';

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
