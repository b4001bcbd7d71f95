/**
 * Files the user brings in arrive as base64 (bytes). Each is checked against the 50 MB
 * limit here, so the refusal names the file; every message about a file starts with its name.
 */
import { ApiError } from '../../../core/api/errors';
import { MAX_FILE_BYTES } from '../../../core/api/limits';
import { decodeText } from '../../../core/evidence/document/decodeText';

/** `"data.csv"`: a file's name as messages show it. */
export function named(fileName: string): string {
  return JSON.stringify(fileName);
}

function tooLarge(fileName: string, bytes: number): ApiError {
  const mb = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return new ApiError(
    'too-large',
    `${named(fileName)} is ${mb} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be used.`,
  );
}

export function bytesOf(fileName: string, base64: string): Buffer {
  // The decoded size is known from the length before decoding anything.
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = (base64.length / 4) * 3 - padding;
  if (size > MAX_FILE_BYTES) throw tooLarge(fileName, size);
  if (base64.length % 4 !== 0) {
    throw new ApiError(
      'invalid-arguments',
      `${named(fileName)} did not arrive whole (its base64 is cut off).`,
    );
  }
  return Buffer.from(base64, 'base64');
}

/** A text file's bytes (UTF-8, or UTF-16 with a BOM) as text, or a refusal naming the file. */
export function textOf(fileName: string, base64: string): string {
  const decoded = decodeText(bytesOf(fileName, base64));
  if (!decoded.ok) throw badFile('invalid-arguments', fileName, decoded.message);
  return decoded.text;
}

/** A refusal of a file's content: `"x.csv": line 4: 'abc' is not a number`. */
export function badFile(
  code: 'invalid-arguments' | 'unreadable',
  fileName: string,
  message: string,
): ApiError {
  return new ApiError(code, `${named(fileName)}: ${message}`);
}
