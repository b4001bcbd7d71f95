/**
 * Marks a PNG with its pixel density (a pHYs chunk), so a 2× export placed in a document keeps
 * the size of the chart on screen and is simply sharper: 96 dpi × scale.
 */
import { crc32 } from '../../../../core/format/crc32';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `png` with a pHYs chunk for 96 × `scale` dpi after its IHDR; unchanged if it is not a PNG. */
export function withPixelDensity(png: Uint8Array, scale: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return png;
  if (findChunk(png, 'pHYs') >= 0) return png;
  const perMetre = Math.round((96 * scale) / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const afterIhdr = 8 + 25; // signature, then IHDR: length, type, 13 bytes of data, CRC
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, afterIhdr), 0);
  out.set(chunk, afterIhdr);
  out.set(png.subarray(afterIhdr), afterIhdr + chunk.length);
  return out;
}

/** The offset of the first chunk of `type`, or -1. */
export function findChunk(png: Uint8Array, type: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const name = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (name === type) return offset;
    offset += 12 + length;
  }
  return -1;
}
