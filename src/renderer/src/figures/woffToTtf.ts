/**
 * A WOFF 1.0 font unpacked to the TrueType file it wraps (jsPDF embeds TrueType only, and
 * Fontsource ships Inter as WOFF). Each table is zlib-compressed or stored; the sfnt directory is
 * rebuilt around them. Own code because no kept library does only this, in forty lines.
 */
import { unzlibSync } from 'fflate';

export function woffToTtf(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: view.getUint32(entry),
      checksum: view.getUint32(entry + 16),
      data: compLength < origLength ? unzlibSync(raw) : raw,
    });
  }
  const headerLength = 12 + 16 * numTables;
  const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const o = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, power * 16);
  o.setUint16(8, Math.log2(power));
  o.setUint16(10, numTables * 16 - power * 16);
  let at = headerLength;
  tables.forEach((t, i) => {
    const dir = 12 + i * 16;
    o.setUint32(dir, t.tag);
    o.setUint32(dir + 4, t.checksum);
    o.setUint32(dir + 8, at);
    o.setUint32(dir + 12, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}
