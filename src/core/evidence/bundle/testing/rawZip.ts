/**
 * Test support, not used by the app. Builds ZIP archives byte by byte, including the hostile ones no zip library would write:
 * names with `..`, NUL or a drive letter, duplicate names, symbolic links, sizes that lie,
 * entries that share their data. Used to test that bundle import refuses each of them.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../../format/crc32';
import {
  CENTRAL_HEADER,
  END_OF_DIRECTORY,
  LOCAL_HEADER,
  readZipRecord,
  writeZipRecord,
  type ZipRecordLayout,
} from '../zipRecord';

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
  /** The unpacked size the directory declares (default: the real one). */
  readonly declaredSize?: number;
  readonly flags?: number;
  /** Unix mode for the external attributes (e.g. 0o120777 for a symbolic link). */
  readonly unixMode?: number;
  /** A different name in the local header than in the directory. */
  readonly localName?: string;
}

export interface RawZipOptions {
  /** Point the last entry's directory record at the first entry's local header. */
  readonly overlapLast?: boolean;
  /**
   * Store the last entry's whole local record as the (stored) data of the entry before it, so
   * both are valid but their data overlap: the construction of overlapping zip bombs.
   */
  readonly nestLast?: boolean;
}

const enc = new TextEncoder();
const UTF8_NAMES = 0x0800;

/** An entry's local record, and the values its directory record repeats. */
interface Packed {
  readonly record: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

/** A record of `layout` followed by `name` and `data`. */
function record(
  layout: ZipRecordLayout,
  values: Partial<Record<string, number>>,
  name: Uint8Array,
  data: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const out = new Uint8Array(layout.size + name.length + data.length);
  writeZipRecord(new DataView(out.buffer), 0, layout, { ...values, nameLength: name.length });
  out.set(name, layout.size);
  out.set(data, layout.size + name.length);
  return out;
}

function localRecord(e: RawEntry): Packed {
  const method = e.method ?? 8;
  const packed = method === 8 ? deflateSync(e.data) : e.data;
  const fields = {
    method,
    crc: crc32(e.data),
    compressedSize: packed.length,
    size: e.declaredSize ?? e.data.length,
  };
  const flags = (e.flags ?? 0) | UTF8_NAMES;
  const localName = enc.encode(e.localName ?? e.name);
  const local = record(LOCAL_HEADER, { ...fields, version: 20, flags }, localName, packed);
  return { record: local, ...fields };
}

function centralRecord(e: RawEntry, packed: Packed, headerOffset: number): Uint8Array {
  const { method, crc, compressedSize, size } = packed;
  return record(
    CENTRAL_HEADER,
    {
      madeBy: e.unixMode === undefined ? 20 : (3 << 8) | 20,
      version: 20,
      flags: (e.flags ?? 0) | UTF8_NAMES,
      method,
      crc,
      compressedSize,
      size,
      external: e.unixMode === undefined ? 0 : (e.unixMode << 16) >>> 0,
      headerOffset,
    },
    enc.encode(e.name),
  );
}

function endOfDirectory(count: number, cdSize: number, cdOffset: number): Uint8Array {
  const out = new Uint8Array(END_OF_DIRECTORY.size);
  writeZipRecord(new DataView(out.buffer), 0, END_OF_DIRECTORY, {
    onDisk: count,
    count,
    cdSize,
    cdOffset,
  });
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  if (options.nestLast && entries.length >= 2) return nested(entries);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [k, e] of entries.entries()) {
    const packed = localRecord(e);
    // The last entry's directory record points at the first entry's local header.
    const overlapping = options.overlapLast && entries.length > 1 && k === entries.length - 1;
    centrals.push(centralRecord(e, packed, overlapping ? 0 : offset));
    locals.push(packed.record);
    offset += packed.record.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  return concat([...locals, ...centrals, endOfDirectory(entries.length, cdSize, offset)]);
}

/** All but the last entry as usual; the last one's record lives inside the one before it. */
function nested(entries: readonly RawEntry[]): Uint8Array {
  const inner = entries[entries.length - 1]!;
  const host = entries[entries.length - 2]!;
  // The inner record is a plain one: its own name, its real size, no extra flags.
  const innerRecord = localRecord({
    name: inner.name,
    data: inner.data,
    ...(inner.method === undefined ? {} : { method: inner.method }),
  });
  const carrier: RawEntry = { name: host.name, data: innerRecord.record, method: 0 };
  const outer = rawZip([...entries.slice(0, -2), carrier]);
  // Find the carrier's local header, then add a directory record for the inner entry.
  const view = new DataView(outer.buffer, outer.byteOffset, outer.byteLength);
  const eocd = outer.length - END_OF_DIRECTORY.size;
  const { count, cdSize, cdOffset } = readZipRecord(view, eocd, END_OF_DIRECTORY);
  let at = cdOffset;
  let carrierOffset = 0;
  for (let k = 0; k < count; k += 1) {
    const { nameLength, headerOffset } = readZipRecord(view, at, CENTRAL_HEADER);
    carrierOffset = headerOffset;
    at += CENTRAL_HEADER.size + nameLength;
  }
  const innerOffset = carrierOffset + LOCAL_HEADER.size + enc.encode(host.name).length;
  const central = centralRecord({ name: inner.name, data: inner.data }, innerRecord, innerOffset);
  return concat([
    outer.subarray(0, cdOffset + cdSize),
    central,
    endOfDirectory(count + 1, cdSize + central.length, cdOffset),
  ]);
}
