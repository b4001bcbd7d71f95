/**
 * Bytes of a file the user attaches or imports, as text. UTF-8 (with or without a BOM) and
 * UTF-16 with a BOM are read; anything else that is not valid UTF-8 is refused as an unknown
 * encoding rather than guessed, because a wrong guess would corrupt every quote anchored in it.
 * A file with NUL bytes, or with the signature of a known binary format, is refused as binary.
 *
 * A table (CSV) may instead fall back to Windows-1252, which Excel writes on Windows: a value has
 * no offsets to corrupt, and the preview shows every cell before anything is imported.
 */

/** What a document may be read as: a quote's offsets stay right only in these. */
export type UnicodeEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';
export type TextEncodingName = UnicodeEncodingName | 'windows-1252';

export interface DecodeOptions {
  /** How to read bytes that are not UTF-8 and carry no BOM; refused when absent. */
  readonly fallback?: 'windows-1252';
}

export type Decoded<E extends TextEncodingName = TextEncodingName> =
  | { readonly ok: true; readonly text: string; readonly encoding: E }
  | { readonly ok: false; readonly reason: 'binary' | 'encoding'; readonly message: string };

const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word, Excel or EPUB file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word or Excel file', [0xd0, 0xcf, 0x11, 0xe0]],
];

export function decodeText(bytes: Uint8Array): Decoded<UnicodeEncodingName>;
export function decodeText(bytes: Uint8Array, options: DecodeOptions): Decoded;
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), options);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  for (const [what, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) {
      return {
        ok: false,
        reason: 'binary',
        message: `it is a binary file (it looks like ${what}), not text`,
      };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      reason: 'binary',
      message: `it is a binary file, not text (a NUL byte at offset ${nul})`,
    };
  }
  return utf8(bytes, options);
}

function utf8(bytes: Uint8Array, { fallback }: DecodeOptions): Decoded {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1 && fallback) return controlCheck(windows1252(bytes), fallback);
  if (invalid !== -1) {
    return {
      ok: false,
      reason: 'encoding',
      message:
        `its encoding is unknown: it is not UTF-8 (an invalid byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} ` +
        `at offset ${invalid}) and has no UTF-16 byte order mark; save it as UTF-8 and try again`,
    };
  }
  return controlCheck(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf-8');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) {
    return {
      ok: false,
      reason: 'encoding',
      message: `it starts as ${encoding.toUpperCase()} but has an odd number of bytes`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'encoding',
      message: `it starts as ${encoding.toUpperCase()} but holds invalid ${encoding.toUpperCase()} text`,
    };
  }
  if (text.includes('\u0000')) {
    return {
      ok: false,
      reason: 'binary',
      message: 'it is a binary file, not text (it holds NUL characters)',
    };
  }
  return controlCheck(text, encoding);
}

/** Text is mostly printable: many control characters mean a binary file that happens to decode. */
function controlCheck(text: string, encoding: TextEncodingName): Decoded {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.01) {
    return {
      ok: false,
      reason: 'binary',
      message: 'it is a binary file, not text (it holds control characters)',
    };
  }
  return { ok: true, text, encoding };
}

/** Windows-1252 where it differs from Latin-1 (0x80–0x9F); 0x81, 0x8D, 0x8F, 0x90, 0x9D stay. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decoded here, not by TextDecoder: Node's TextDecoder('windows-1252') reads the bytes as
 * Latin-1 (so “ becomes U+0093), while browsers follow the Encoding Standard.
 */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) =>
      CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80),
    );
  }
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    // A sequence cut off by the end of the file.
    if (i + need >= bytes.length) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
