/**
 * Test support, not used by the app. Builds ZIP archives byte by byte, including the hostile ones no zip library would write:
 * names with `..`, NUL or a drive letter, duplicate names, symbolic links, sizes that lie,
 * entries that share their data. Used to test that bundle import refuses each of them.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../../format/crc32';

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

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  if (options.nestLast && entries.length >= 2) return nested(entries);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const method = e.method ?? 8;
    const packed = method === 8 ? deflateSync(e.data) : e.data;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = new Uint8Array(30 + localName.length + packed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, (e.flags ?? 0) | 0x0800, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, localName.length, true);
    local.set(localName, 30);
    local.set(packed, 30 + localName.length);
    offsets.push(offset);
    locals.push(local);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, e.unixMode === undefined ? 20 : (3 << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, (e.flags ?? 0) | 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, e.unixMode === undefined ? 0 : (e.unixMode << 16) >>> 0, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);
    offset += local.length;
  }
  if (options.overlapLast && centrals.length > 1) {
    new DataView(centrals[centrals.length - 1]!.buffer).setUint32(42, offsets[0]!, true);
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function localRecord(e: RawEntry): { record: Uint8Array; crc: number; packed: number } {
  const name = enc.encode(e.name);
  const packed = (e.method ?? 8) === 8 ? deflateSync(e.data) : e.data;
  const record = new Uint8Array(30 + name.length + packed.length);
  const v = new DataView(record.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 0x0800, true);
  v.setUint16(8, e.method ?? 8, true);
  v.setUint32(14, crc32(e.data), true);
  v.setUint32(18, packed.length, true);
  v.setUint32(22, e.data.length, true);
  v.setUint16(26, name.length, true);
  record.set(name, 30);
  record.set(packed, 30 + name.length);
  return { record, crc: crc32(e.data), packed: packed.length };
}

/** All but the last entry as usual; the last one's record lives inside the one before it. */
function nested(entries: readonly RawEntry[]): Uint8Array {
  const inner = entries[entries.length - 1]!;
  const host = entries[entries.length - 2]!;
  const innerRecord = localRecord(inner);
  const carrier: RawEntry = { name: host.name, data: innerRecord.record, method: 0 };
  const outer = rawZip([...entries.slice(0, -2), carrier]);
  // Find the carrier's local header, then add a directory record for the inner entry.
  const view = new DataView(outer.buffer, outer.byteOffset, outer.byteLength);
  const eocd = outer.length - 22;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  let at = cdOffset;
  let carrierOffset = 0;
  for (let k = 0; k < count; k += 1) {
    const nameLength = view.getUint16(at + 28, true);
    carrierOffset = view.getUint32(at + 42, true);
    at += 46 + nameLength;
  }
  const innerOffset = carrierOffset + 30 + enc.encode(host.name).length;
  const name = enc.encode(inner.name);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, 0x0800, true);
  cv.setUint16(10, inner.method ?? 8, true);
  cv.setUint32(16, innerRecord.crc, true);
  cv.setUint32(20, innerRecord.packed, true);
  cv.setUint32(24, inner.data.length, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, innerOffset, true);
  central.set(name, 46);
  const out = new Uint8Array(outer.length + central.length);
  out.set(outer.subarray(0, cdOffset + cdSize), 0);
  out.set(central, cdOffset + cdSize);
  const end = outer.slice(eocd);
  const ev = new DataView(end.buffer);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  out.set(end, cdOffset + cdSize + central.length);
  return out;
}
