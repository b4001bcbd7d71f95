import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../core/format/crc32';
import { findChunk, withPixelDensity } from './pngDensity';

/** A valid 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('withPixelDensity', () => {
  it('computes the PNG CRC', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds a pHYs chunk for 96 dpi × scale after IHDR, with a valid CRC', () => {
    const out = withPixelDensity(PIXEL, 2);
    expect(out.length).toBe(PIXEL.length + 21);
    const at = findChunk(out, 'pHYs');
    expect(at).toBe(33);
    const view = new DataView(out.buffer);
    expect(view.getUint32(at + 8)).toBe(7559);
    expect(view.getUint32(at + 12)).toBe(7559);
    expect(out[at + 16]).toBe(1);
    expect(view.getUint32(at + 17)).toBe(crc32(out.subarray(at + 4, at + 17)));
    expect(findChunk(out, 'IDAT')).toBeGreaterThan(at);
    expect(findChunk(out, 'IEND')).toBeGreaterThan(at);
  });

  it('leaves what is not a PNG, or already has a density, alone', () => {
    const text = new TextEncoder().encode('not a png at all, but long enough to look at');
    expect(withPixelDensity(text, 2)).toBe(text);
    const once = withPixelDensity(PIXEL, 3);
    expect(withPixelDensity(once, 2)).toBe(once);
  });
});
