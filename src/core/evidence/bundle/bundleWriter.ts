/**
 * Writes a case bundle entry by entry (so the caller can report progress and cancel between
 * entries), then the manifest with every entry's size and SHA-256. fflate packs the archive.
 */
import { Zip, ZipDeflate, ZipPassThrough, deflateSync } from 'fflate';
import { MAX_RATIO, RATIO_FLOOR_BYTES } from './limits';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  MANIFEST_NAME,
  entryKind,
  type BundleEntry,
  type BundleManifest,
} from './manifest';

export interface BundleHeader {
  readonly caseId: string;
  readonly caseTitle?: string;
  readonly createdAt: string;
  readonly appVersion: string;
}

export class BundleWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: BundleEntry[] = [];
  private readonly zip: Zip;
  private failure: Error | undefined;
  private done = false;

  constructor(
    private readonly header: BundleHeader,
    private readonly sha256: (bytes: Uint8Array) => string,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
    });
  }

  /** Adds one entry; its name must be one a bundle holds. */
  add(name: string, bytes: Uint8Array): void {
    if (entryKind(name) === undefined || name === MANIFEST_NAME) {
      throw new Error(`a bundle does not hold ${JSON.stringify(name)}`);
    }
    this.entries.push({ name, bytes: bytes.length, sha256: this.sha256(bytes) });
    this.put(name, bytes);
  }

  /** Adds the manifest and returns the archive's bytes. */
  finish(): Uint8Array {
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      caseId: this.header.caseId,
      ...(this.header.caseTitle === undefined
        ? {}
        : { caseTitle: this.header.caseTitle.slice(0, 200) }),
      createdAt: this.header.createdAt,
      app: { name: 'Diptych', version: this.header.appVersion.slice(0, 40) },
      entries: this.entries,
    };
    this.put(MANIFEST_NAME, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
    this.zip.end();
    this.done = true;
    if (this.failure) throw this.failure;
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private put(name: string, bytes: Uint8Array): void {
    if (this.done) throw new Error('the bundle is already finished');
    // An entry that packs beyond the ratio the importer accepts is stored as it is.
    const stored =
      bytes.length > RATIO_FLOOR_BYTES &&
      bytes.length > deflateSync(bytes, { level: 6 }).length * MAX_RATIO;
    const file = stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(bytes, true);
    if (this.failure) throw this.failure;
  }
}
