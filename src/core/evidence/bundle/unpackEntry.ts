/**
 * Unpacks one ZIP entry, never past a limit: the packed data is fed to fflate's streaming
 * inflater in small pieces and unpacking stops as soon as the output exceeds what the entry
 * declared (or the limit), so a lying or hostile entry cannot exhaust memory.
 */
import { Inflate } from 'fflate';
import { crc32 } from '../../format/crc32';
import type { ZipEntry } from './zipDirectory';

const PIECE = 16 * 1024;

export type Unpacked =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

export function unpackEntry(archive: Uint8Array, entry: ZipEntry): Unpacked {
  const packed = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) {
      return { ok: false, message: 'its stored size disagrees with its unpacked size' };
    }
    bytes = packed.slice();
  } else if (entry.method === 8) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > entry.size) {
        over = true;
        throw new RangeError('over');
      }
      chunks.push(chunk);
    });
    try {
      for (let at = 0; at < packed.length && !over; at += PIECE) {
        inflater.push(packed.subarray(at, at + PIECE), at + PIECE >= packed.length);
      }
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      if (over)
        return {
          ok: false,
          message: `it unpacks to more than the ${entry.size} bytes it declares`,
        };
      return { ok: false, message: 'its packed data is damaged' };
    }
    bytes = concat(chunks, total);
  } else {
    return {
      ok: false,
      message: `it uses compression method ${entry.method}, which Diptych does not read`,
    };
  }
  if (bytes.length !== entry.size) {
    return {
      ok: false,
      message: `it unpacks to ${bytes.length} bytes, not the ${entry.size} it declares`,
    };
  }
  if (crc32(bytes) !== entry.crc)
    return { ok: false, message: 'its checksum (CRC-32) does not match' };
  return { ok: true, bytes };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
