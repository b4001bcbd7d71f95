/**
 * Reads a ZIP archive's central directory, without unpacking anything: names, sizes, methods,
 * flags and Unix modes, as the archive declares them. fflate unpacks but does not expose the
 * external attributes (symbolic links) or let a caller refuse on sizes before it allocates;
 * this small reader does both. Refuses what a case bundle never is: ZIP64, multi-disk,
 * encrypted entries, entries whose local header disagrees with the directory, or entries
 * whose data overlap (a known zip-bomb construction).
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's packed data in the archive. */
  readonly dataOffset: number;
  readonly isDirectory: boolean;
  readonly isSymlink: boolean;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly message: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip: ZipDirectory = { ok: false, message: 'it is not a ZIP archive' };
  if (bytes.length < 22) return notZip;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return notZip;
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return { ok: false, message: 'it is a ZIP64 archive; a case bundle never is' };
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) {
    return { ok: false, message: 'it is a multi-part ZIP archive' };
  }
  if (count > maxEntries) {
    return {
      ok: false,
      message: `it has ${count} entries; a bundle may have at most ${maxEntries}`,
    };
  }
  if (cdOffset + cdSize > eocd) return { ok: false, message: 'its ZIP directory is damaged' };

  const entries: (ZipEntry & { readonly headerOffset: number })[] = [];
  let at = cdOffset;
  for (let k = 0; k < count; k += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) {
      return { ok: false, message: 'its ZIP directory is damaged' };
    }
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const headerOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (at + 46 + nameLength > eocd) return { ok: false, message: 'its ZIP directory is damaged' };
    const name = decodeName(nameBytes);
    if (name === undefined) {
      return { ok: false, message: `entry ${k + 1} has a name that is not UTF-8 text` };
    }
    at += 46 + nameLength + extraLength + commentLength;

    // The local header must agree with the directory, or two readers could see two archives.
    if (headerOffset + 30 > cdOffset || view.getUint32(headerOffset, true) !== LOCAL) {
      return {
        ok: false,
        message: `entry ${JSON.stringify(name)} has no local header where the directory says`,
      };
    }
    const localNameLength = view.getUint16(headerOffset + 26, true);
    const localExtra = view.getUint16(headerOffset + 28, true);
    const localName = bytes.subarray(headerOffset + 30, headerOffset + 30 + localNameLength);
    if (!sameBytes(localName, nameBytes)) {
      return {
        ok: false,
        message: `entry ${JSON.stringify(name)} has a different name in its local header`,
      };
    }
    const dataOffset = headerOffset + 30 + localNameLength + localExtra;
    if (dataOffset + compressedSize > cdOffset) {
      return {
        ok: false,
        message: `entry ${JSON.stringify(name)} runs past the end of the archive data`,
      };
    }
    const mode = (external >>> 16) & S_IFMT;
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      dataOffset,
      headerOffset,
      isDirectory: name.endsWith('/'),
      isSymlink: madeBy >> 8 === UNIX && mode === S_IFLNK,
    });
  }
  // Entries whose data overlap let a small archive unpack many times over: refused.
  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let k = 1; k < byOffset.length; k += 1) {
    const previous = byOffset[k - 1]!;
    if (byOffset[k]!.headerOffset < previous.dataOffset + previous.compressedSize) {
      return {
        ok: false,
        message: `entries ${JSON.stringify(previous.name)} and ${JSON.stringify(byOffset[k]!.name)} share their data (a zip-bomb construction)`,
      };
    }
  }
  return { ok: true, entries: entries.map(({ headerOffset: _h, ...e }) => e) };
}

function decodeName(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
