/**
 * Reads a ZIP archive's central directory, without unpacking anything: names, sizes, methods,
 * flags and Unix modes, as the archive declares them. fflate unpacks but does not expose the
 * external attributes (symbolic links) or let a caller refuse on sizes before it allocates;
 * this small reader does both. Refuses what a case bundle never is: ZIP64, multi-disk,
 * encrypted entries, entries whose local header disagrees with the directory, or entries
 * whose data overlap (a known zip-bomb construction).
 */
import {
  CENTRAL_HEADER,
  END_OF_DIRECTORY,
  hasSignature,
  LOCAL_HEADER,
  readZipRecord,
} from './zipRecord';

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

const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip: ZipDirectory = { ok: false, message: 'it is not a ZIP archive' };
  const last = bytes.length - END_OF_DIRECTORY.size;
  if (last < 0) return notZip;
  let eocd = -1;
  for (let i = last; i >= Math.max(0, last - 0xffff); i -= 1) {
    if (hasSignature(view, i, END_OF_DIRECTORY)) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return notZip;
  const { disk, cdDisk, onDisk, count, cdSize, cdOffset } = readZipRecord(
    view,
    eocd,
    END_OF_DIRECTORY,
  );
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
    if (at + CENTRAL_HEADER.size > eocd || !hasSignature(view, at, CENTRAL_HEADER)) {
      return { ok: false, message: 'its ZIP directory is damaged' };
    }
    const { madeBy, flags, method, crc, compressedSize, size, external, headerOffset, ...lengths } =
      readZipRecord(view, at, CENTRAL_HEADER);
    const nameStart = at + CENTRAL_HEADER.size;
    const nameBytes = bytes.subarray(nameStart, nameStart + lengths.nameLength);
    if (nameStart + lengths.nameLength > eocd) {
      return { ok: false, message: 'its ZIP directory is damaged' };
    }
    const name = decodeName(nameBytes);
    if (name === undefined) {
      return { ok: false, message: `entry ${k + 1} has a name that is not UTF-8 text` };
    }
    at = nameStart + lengths.nameLength + lengths.extraLength + lengths.commentLength;

    // The local header must agree with the directory, or two readers could see two archives.
    if (
      headerOffset + LOCAL_HEADER.size > cdOffset ||
      !hasSignature(view, headerOffset, LOCAL_HEADER)
    ) {
      return {
        ok: false,
        message: `entry ${JSON.stringify(name)} has no local header where the directory says`,
      };
    }
    const local = readZipRecord(view, headerOffset, LOCAL_HEADER);
    const localNameStart = headerOffset + LOCAL_HEADER.size;
    const localName = bytes.subarray(localNameStart, localNameStart + local.nameLength);
    if (!sameBytes(localName, nameBytes)) {
      return {
        ok: false,
        message: `entry ${JSON.stringify(name)} has a different name in its local header`,
      };
    }
    const dataOffset = localNameStart + local.nameLength + local.extraLength;
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
