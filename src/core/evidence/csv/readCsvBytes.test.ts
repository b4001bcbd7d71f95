import { describe, expect, it } from 'vitest';
import { readCsvBytes } from './readCsvBytes';

const TEXT = 'Year,Quote\n2019,café “naïve” € Š\n';
const utf16le = (text: string): Uint8Array =>
  new Uint8Array([
    0xff,
    0xfe,
    ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);
const utf16be = (text: string): Uint8Array =>
  new Uint8Array([
    0xfe,
    0xff,
    ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
  ]);
// café “naïve” € Š as Excel writes it on Windows.
const cp1252 = new Uint8Array([
  ...new TextEncoder().encode('Year,Quote\n2019,caf'),
  0xe9,
  0x20,
  0x93,
  0x6e,
  0x61,
  0xef,
  0x76,
  0x65,
  0x94,
  0x20,
  0x80,
  0x20,
  0x8a,
  0x0a,
]);

describe('a CSV file read from its bytes', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-16 LE with a BOM', utf16le(TEXT), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16be(TEXT), 'utf-16be'],
    ['Windows-1252', cp1252, 'windows-1252'],
  ] as const)('keeps every character of %s', (_, bytes, encoding) => {
    const read = readCsvBytes(bytes);
    expect(read).toMatchObject({ ok: true, encoding });
    if (read.ok) expect(read.table.rows[0]!.cells).toEqual(['2019', 'café “naïve” € Š']);
  });

  it('still refuses a binary file, whatever the fallback would make of it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]);
    expect(readCsvBytes(png)).toEqual({
      ok: false,
      message: 'it is a binary file (it looks like a PNG image), not text',
    });
    // Not UTF-8 (0x81), so it reaches the fallback, and mostly control characters.
    const noise = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0x81 : 0x01));
    expect(readCsvBytes(noise)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/binary/),
    });
  });
});
