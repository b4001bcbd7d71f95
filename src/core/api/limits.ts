/** Size limits on what crosses the bridge. */
import { z } from 'zod';
import { Id } from '../case/schema';

/** Any ordinary string argument: at most 1 MB of text. */
export const MAX_TEXT = 1_000_000;
/** A note may be larger than an ordinary argument: at most 4 MB of text. */
export const MAX_NOTE = 4_000_000;
/** The largest request body the browser host accepts (a note plus JSON escaping). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export const Text = z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
export const NoteText = z.string().max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`);

/** An id that may become a file or folder name: no `/`, `\`, `..` or NUL can pass. */
export const SafeId = Id;
