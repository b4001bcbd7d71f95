/**
 * Opens a case bundle and checks everything before anything is written: the archive's
 * directory (names, sizes, ratios, links, duplicates) before any entry is unpacked, then the
 * manifest (format, version, case, entries with sizes and SHA-256), then each entry's content
 * (user.json as a user layer of this case, documents and notes as UTF-8 text). The first
 * problem found is reported, naming the entry and what is wrong.
 */
import { jsonPath } from '../../case/problem';
import { MAX_NOTE } from '../../api/limits';
import { parseUserLayer } from '../../user/migrate';
import type { UserLayer } from '../../user/schema';
import { firstInvalidUtf8 } from '../document/decodeText';
import {
  MAX_BUNDLE_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_RATIO,
  MAX_TOTAL_BYTES,
  RATIO_FLOOR_BYTES,
} from './limits';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  BundleManifest,
  MANIFEST_NAME,
  entryId,
  entryKind,
  unsafeName,
} from './manifest';
import { unpackEntry } from './unpackEntry';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

export interface OpenedBundle {
  readonly manifest: BundleManifest;
  /** The user layer, migrated to the current version. */
  readonly layer: UserLayer;
  /** Document id → text. */
  readonly documents: ReadonlyMap<string, string>;
  /** Issue id → note text. */
  readonly notes: ReadonlyMap<string, string>;
}

export type BundleOpen =
  | { readonly ok: true; readonly bundle: OpenedBundle }
  | {
      readonly ok: false;
      /** `unreadable`: not a ZIP or damaged; `too-large`: over a size limit; `invalid`: the rest. */
      readonly kind: 'unreadable' | 'too-large' | 'invalid';
      readonly message: string;
    };

export interface OpenOptions {
  /** SHA-256 of bytes in lower-case hex (node:crypto in the services, WebCrypto elsewhere). */
  readonly sha256: (bytes: Uint8Array) => string | Promise<string>;
  /** Called between entries: may report progress, and throws to cancel. */
  readonly checkpoint?: (done: number, total: number) => Promise<void>;
}

const utf8 = new TextDecoder('utf-8');

export async function openBundle(archive: Uint8Array, options: OpenOptions): Promise<BundleOpen> {
  const fail = (
    message: string,
    kind: 'unreadable' | 'too-large' | 'invalid' = 'invalid',
  ): BundleOpen => ({
    ok: false,
    kind,
    message,
  });
  const directory = readZipDirectory(archive, MAX_BUNDLE_ENTRIES);
  if (!directory.ok) return fail(directory.message, 'unreadable');

  // 1. The directory alone: every check that needs no unpacking.
  const files = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of directory.entries) {
    const label = `entry ${JSON.stringify(entry.name)}`;
    const unsafe = unsafeName(entry.name);
    if (unsafe) return fail(`${label}: ${unsafe}`);
    if (entry.isSymlink) return fail(`${label}: it is a symbolic link`);
    if (files.has(entry.name)) return fail(`${label}: it appears more than once`);
    const kind = entryKind(entry.name);
    if (!kind) return fail(`${label}: it is not part of a Diptych bundle`);
    if (kind === 'folder') continue;
    if (entry.flags & 1) return fail(`${label}: it is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) {
      return fail(
        `${label}: it uses compression method ${entry.method}, which Diptych does not read`,
      );
    }
    if (entry.size > MAX_ENTRY_BYTES) {
      return fail(
        `${label}: it unpacks to ${entry.size.toLocaleString('en')} bytes; at most ${mb(MAX_ENTRY_BYTES)} per entry`,
        'too-large',
      );
    }
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * MAX_RATIO) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      return fail(
        `${label}: it would unpack to ${ratio} times its packed size, which is refused as a zip bomb`,
        'too-large',
      );
    }
    total += entry.size;
    if (total > MAX_TOTAL_BYTES) {
      return fail(`its entries unpack to more than ${mb(MAX_TOTAL_BYTES)} together`, 'too-large');
    }
    files.set(entry.name, entry);
  }

  // 2. The manifest.
  const manifestEntry = files.get(MANIFEST_NAME);
  if (!manifestEntry) return fail('it has no manifest.json, so it is not a Diptych bundle');
  if (manifestEntry.size > MAX_MANIFEST_BYTES) {
    return fail(`manifest.json is larger than ${mb(MAX_MANIFEST_BYTES)}`, 'too-large');
  }
  const manifestBytes = unpackEntry(archive, manifestEntry);
  if (!manifestBytes.ok) return fail(`manifest.json: ${manifestBytes.message}`, 'unreadable');
  const manifestText = text(manifestBytes.bytes);
  if (manifestText === undefined) return fail('manifest.json is not UTF-8 text');
  let rawManifest: unknown;
  try {
    rawManifest = JSON.parse(manifestText);
  } catch (error) {
    return fail(`manifest.json is not valid JSON (${(error as Error).message})`);
  }
  const format = (rawManifest as { format?: unknown } | null)?.format;
  if (format !== BUNDLE_FORMAT) {
    return fail(
      `manifest.json at $.format: expected "${BUNDLE_FORMAT}", found ${JSON.stringify(format) ?? 'nothing'}`,
    );
  }
  const version = (rawManifest as { schemaVersion?: unknown }).schemaVersion;
  if (version !== BUNDLE_SCHEMA_VERSION) {
    const newer =
      typeof version === 'number' && version > BUNDLE_SCHEMA_VERSION
        ? ' (it was written by a newer Diptych)'
        : '';
    return fail(
      `manifest.json at $.schemaVersion: version ${JSON.stringify(version) ?? 'nothing'} is not supported${newer}; this Diptych reads bundles of version ${BUNDLE_SCHEMA_VERSION}`,
    );
  }
  const parsedManifest = BundleManifest.safeParse(rawManifest);
  if (!parsedManifest.success) {
    const issue = parsedManifest.error.issues[0]!;
    return fail(`manifest.json at ${jsonPath(issue.path)}: ${issue.message}`);
  }
  const manifest = parsedManifest.data;
  const listed = new Map(manifest.entries.map((e) => [e.name, e]));
  if (listed.size !== manifest.entries.length) return fail('manifest.json lists an entry twice');
  for (const name of files.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name)) {
      return fail(`entry ${JSON.stringify(name)}: it is not listed in manifest.json`);
    }
  }
  for (const name of listed.keys()) {
    if (!files.has(name))
      return fail(`manifest.json lists ${JSON.stringify(name)}, which the bundle does not hold`);
  }
  if (!files.has('user.json')) return fail('it has no user.json');

  // 3. Every entry: unpacked within its declared size, checked against the manifest, then read.
  let layer: UserLayer | undefined;
  const documents = new Map<string, string>();
  const notes = new Map<string, string>();
  const names = [...listed.keys()];
  for (const [index, name] of names.entries()) {
    await options.checkpoint?.(index, names.length);
    const label = `entry ${JSON.stringify(name)}`;
    const entry = files.get(name)!;
    const record = listed.get(name)!;
    if (record.bytes !== entry.size) {
      return fail(`${label}: manifest.json gives ${record.bytes} bytes, the archive ${entry.size}`);
    }
    const unpacked = unpackEntry(archive, entry);
    if (!unpacked.ok) return fail(`${label}: ${unpacked.message}`, 'unreadable');
    if ((await options.sha256(unpacked.bytes)) !== record.sha256) {
      return fail(
        `${label}: its SHA-256 does not match manifest.json; the bundle is damaged or was altered`,
      );
    }
    const content = text(unpacked.bytes);
    if (content === undefined) return fail(`${label}: it is not UTF-8 text`);
    switch (entryKind(name)) {
      case 'user-layer': {
        const json = parseJson(content);
        if (!json.ok) return fail(`user.json is not valid JSON (${json.message})`);
        const parsed = parseUserLayer(json.value);
        if (!parsed.ok) return fail(`user.json at ${parsed.path}: ${parsed.message}`);
        if (parsed.layer.caseId !== manifest.caseId) {
          return fail(
            `user.json at $.caseId: expected "${manifest.caseId}", found "${parsed.layer.caseId}"`,
          );
        }
        layer = parsed.layer;
        break;
      }
      case 'case': {
        const json = parseJson(content);
        const id = json.ok ? (json.value as { id?: unknown } | null)?.id : undefined;
        if (!json.ok) return fail(`case.json is not valid JSON (${json.message})`);
        if (id !== manifest.caseId) {
          return fail(
            `case.json at $.id: expected "${manifest.caseId}", found ${JSON.stringify(id) ?? 'nothing'}`,
          );
        }
        break;
      }
      case 'document':
        documents.set(entryId(name)!, content);
        break;
      case 'note':
        if (content.length > MAX_NOTE)
          return fail(`${label}: the note is longer than ${MAX_NOTE} characters`);
        notes.set(entryId(name)!, content);
        break;
      case 'manifest':
      case 'folder':
      case undefined:
        break;
    }
  }
  await options.checkpoint?.(names.length, names.length);
  if (!layer) return fail('it has no user.json');

  // 4. Documents and the user layer must agree, both ways.
  for (const [i, doc] of layer.documents.entries()) {
    if (!documents.has(doc.id)) {
      return fail(
        `user.json at $.documents[${i}] lists ${doc.storedAs}, which the bundle does not hold`,
      );
    }
  }
  for (const id of documents.keys()) {
    if (!layer.documents.some((d) => d.id === id)) {
      return fail(`entry "documents/${id}.txt": no document in user.json is stored as it`);
    }
  }
  return { ok: true, bundle: { manifest, layer, documents, notes } };
}

function text(bytes: Uint8Array): string | undefined {
  if (firstInvalidUtf8(bytes) !== -1) return undefined;
  return utf8.decode(bytes);
}

function parseJson(content: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
