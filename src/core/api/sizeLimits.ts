/** Size limits on what crosses the bridge, as numbers: limits.ts builds the schemas from them. */

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
