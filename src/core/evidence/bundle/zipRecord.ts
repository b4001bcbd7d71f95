/**
 * The fixed part of the three ZIP records a case bundle uses (PKWARE APPNOTE 4.3.7, 4.3.12,
 * 4.3.16): each field's offset and width, little-endian. The reader and the test archives'
 * writer share these, so the format is written down once.
 */

type Fields = Readonly<Record<string, readonly [offset: number, width: 2 | 4]>>;

export interface ZipRecordLayout<F extends Fields = Fields> {
  readonly signature: number;
  /** Bytes of the fixed part; a name, extra field and comment may follow. */
  readonly size: number;
  readonly fields: F;
}

export const LOCAL_HEADER = {
  signature: 0x04034b50,
  size: 30,
  fields: {
    version: [4, 2],
    flags: [6, 2],
    method: [8, 2],
    crc: [14, 4],
    compressedSize: [18, 4],
    size: [22, 4],
    nameLength: [26, 2],
    extraLength: [28, 2],
  },
} as const satisfies ZipRecordLayout;

export const CENTRAL_HEADER = {
  signature: 0x02014b50,
  size: 46,
  fields: {
    madeBy: [4, 2],
    version: [6, 2],
    flags: [8, 2],
    method: [10, 2],
    crc: [16, 4],
    compressedSize: [20, 4],
    size: [24, 4],
    nameLength: [28, 2],
    extraLength: [30, 2],
    commentLength: [32, 2],
    external: [38, 4],
    headerOffset: [42, 4],
  },
} as const satisfies ZipRecordLayout;

export const END_OF_DIRECTORY = {
  signature: 0x06054b50,
  size: 22,
  fields: {
    disk: [4, 2],
    cdDisk: [6, 2],
    onDisk: [8, 2],
    count: [10, 2],
    cdSize: [12, 4],
    cdOffset: [16, 4],
  },
} as const satisfies ZipRecordLayout;

export type ZipRecord<F extends Fields> = { readonly [K in keyof F]: number };

/** Whether a record of this layout starts at `at`. */
export function hasSignature(view: DataView, at: number, layout: ZipRecordLayout): boolean {
  return view.getUint32(at, true) === layout.signature;
}

/** Every field of the record at `at`; the caller has checked that it lies inside the view. */
export function readZipRecord<F extends Fields>(
  view: DataView,
  at: number,
  layout: ZipRecordLayout<F>,
): ZipRecord<F> {
  const out: Record<string, number> = {};
  for (const [name, [offset, width]] of Object.entries(layout.fields)) {
    out[name] = width === 2 ? view.getUint16(at + offset, true) : view.getUint32(at + offset, true);
  }
  return out as ZipRecord<F>;
}

/** Writes the signature and the given fields at `at`; fields left out stay as they are (zero). */
export function writeZipRecord<F extends Fields>(
  view: DataView,
  at: number,
  layout: ZipRecordLayout<F>,
  values: Partial<ZipRecord<F>>,
): void {
  view.setUint32(at, layout.signature, true);
  for (const [name, [offset, width]] of Object.entries(layout.fields)) {
    const value = (values as Record<string, number | undefined>)[name];
    if (value === undefined) continue;
    if (width === 2) view.setUint16(at + offset, value, true);
    else view.setUint32(at + offset, value, true);
  }
}
