import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decodeText';
import { documentText } from './documentText';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const [a, b] = endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    out[2 + i * 2] = a;
    out[3 + i * 2] = b;
  }
  return out;
}

describe('decoding a document', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(utf8('Tōkyō ¥700'))).toEqual({
      ok: true,
      text: 'Tōkyō ¥700',
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Tōkyō')]))).toEqual({
      ok: true,
      text: 'Tōkyō',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 little- and big-endian by their BOM', () => {
    expect(decodeText(utf16('日米同盟 alliance', 'le'))).toEqual({
      ok: true,
      text: '日米同盟 alliance',
      encoding: 'utf-16le',
    });
    expect(decodeText(utf16('日米同盟 alliance', 'be'))).toMatchObject({
      ok: true,
      text: '日米同盟 alliance',
      encoding: 'utf-16be',
    });
  });

  it('refuses Latin-1 text as an unknown encoding, naming the first bad byte', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')]);
    expect(decodeText(latin1)).toEqual({
      ok: false,
      reason: 'encoding',
      message: expect.stringMatching(/encoding is unknown.*0xe9 at offset 3.*save it as UTF-8/),
    });
  });

  it('refuses binary files: NUL bytes, known signatures, control characters', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({
      reason: 'binary',
      message: expect.stringMatching(/binary file.*NUL byte at offset 1/),
    });
    expect(decodeText(utf8('%PDF-1.7\n...'))).toMatchObject({
      reason: 'binary',
      message: expect.stringMatching(/looks like a PDF/),
    });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({
      reason: 'binary',
    });
    expect(
      decodeText(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 1 : 65)))),
    ).toMatchObject({
      reason: 'binary',
    });
  });

  it('finds the first byte that breaks UTF-8: truncated, overlong, surrogate, out of range', () => {
    expect(firstInvalidUtf8(utf8('ok ✓'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x9c]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]))).toBe(-1);
  });
});

describe('a document as text', () => {
  it('knows its kind by extension and refuses others', () => {
    expect(documentText('notes.md', utf8('# Title\r\nText'))).toEqual({
      ok: true,
      text: '# Title\nText',
      mediaType: 'text/markdown',
      encoding: 'utf-8',
    });
    expect(documentText('report.PDF', utf8('x'))).toMatchObject({ ok: false, reason: 'type' });
    expect(documentText('noextension', utf8('x'))).toMatchObject({ ok: false, reason: 'type' });
    expect(documentText('empty.txt', utf8('  \n '))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('reduces HTML to its text', () => {
    const html =
      '<html><head><title>T</title></head><body><p>One &amp; two</p><script>x()</script></body></html>';
    expect(documentText('page.html', utf8(html))).toMatchObject({
      ok: true,
      text: 'One & two',
      mediaType: 'text/html',
    });
  });
});
