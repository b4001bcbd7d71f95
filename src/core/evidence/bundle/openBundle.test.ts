import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyUserLayer, USER_LAYER_SCHEMA_VERSION, type UserLayer } from '../../user/schema';
import { MAX_ENTRY_BYTES } from './limits';
import { openBundle } from './openBundle';
import {
  CASE_ID,
  handMadeBundle as makeHandMade,
  userJsonEntry,
  utf8,
  validBundle as makeValid,
  type ManifestOverrides,
} from './testing/bundleFixture';
import { rawZip, type RawEntry } from './testing/rawZip';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const open = (bytes: Uint8Array) => openBundle(bytes, { sha256 });
const handMadeBundle = (
  entries: readonly RawEntry[],
  overrides: ManifestOverrides = {},
  withManifest = true,
) => makeHandMade(sha256, entries, overrides, withManifest);
const validBundle = (
  layer?: UserLayer,
  documents?: Readonly<Record<string, string>>,
  notes?: Readonly<Record<string, string>>,
) => makeValid(sha256, layer, documents, notes);

async function refusal(bytes: Uint8Array): Promise<string> {
  const result = await open(bytes);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.message;
}

const doc = (id: string): UserLayer['documents'][number] => ({
  id,
  source: 'hughes-rsis',
  fileName: 'commentary.html',
  mediaType: 'text/html',
  encoding: 'utf-8',
  bytes: 10,
  sha256: 'a'.repeat(64),
  chars: 5,
  storedAs: `documents/${id}.txt`,
  addedAt: '2025-06-01T10:00:00.000Z',
});

describe('a valid bundle', () => {
  it('opens with its layer, documents and notes', async () => {
    const layer = { ...emptyUserLayer(CASE_ID), documents: [doc('u-doc-a1')] };
    const result = await open(validBundle(layer, { 'u-doc-a1': 'Text' }, { trade: '# Trade\n' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.manifest).toMatchObject({ caseId: CASE_ID, schemaVersion: 1 });
    expect(result.bundle.documents.get('u-doc-a1')).toBe('Text');
    expect(result.bundle.notes.get('trade')).toBe('# Trade\n');
  });

  it('reads a version 1 user layer inside it as the current version', async () => {
    const v1 = { schemaVersion: 1, caseId: CASE_ID, verdicts: [] };
    const bytes = handMadeBundle([{ name: 'user.json', data: utf8(JSON.stringify(v1)) }]);
    const result = await open(bytes);
    expect(result.ok && result.bundle.layer).toMatchObject({
      schemaVersion: USER_LAYER_SCHEMA_VERSION,
      claims: [],
    });
  });
});

describe('hostile archives are refused before anything is unpacked', () => {
  it.each([
    ['../x', 'climbs out of the bundle (..)'],
    ['notes/../../x.md', 'climbs out of the bundle (..)'],
    ['..\\x', 'climbs out of the bundle (..)'],
    ['/etc/x', 'is an absolute path'],
    ['C:\\x', 'is an absolute path'],
    ['c:/x', 'is an absolute path'],
    ['\\\\server\\share', 'is an absolute path'],
    ['notes\\trade.md', 'uses a backslash'],
    ['notes/trade.md\u0000.txt', 'contains a NUL character'],
    ['notes//trade.md', 'is not a plain relative path'],
    ['./user.json', 'is not a plain relative path'],
    ['evil.exe', 'is not part of a Diptych bundle'],
    ['notes/Trade.md', 'is not part of a Diptych bundle'],
    ['documents/not-own.txt', 'is not part of a Diptych bundle'],
  ])('an entry named %j', async (name, reason) => {
    const message = await refusal(handMadeBundle([userJsonEntry(), { name, data: utf8('x') }]));
    expect(message).toContain(
      `entry ${JSON.stringify(name)}: its name ${reason}`.replace(
        'its name is not part',
        'it is not part',
      ),
    );
  });

  it('a symbolic link', async () => {
    const link = { name: 'notes/trade.md', data: utf8('/etc/passwd'), unixMode: 0o120777 };
    expect(await refusal(handMadeBundle([userJsonEntry(), link]))).toBe(
      'entry "notes/trade.md": it is a symbolic link',
    );
  });

  it('a name that appears twice', async () => {
    const bytes = handMadeBundle([
      userJsonEntry(),
      { name: 'notes/a.md', data: utf8('1') },
      { name: 'notes/a.md', data: utf8('2') },
    ]);
    expect(await refusal(bytes)).toBe('entry "notes/a.md": it appears more than once');
  });

  it('an entry declared larger than the limit', async () => {
    const big = { name: 'notes/a.md', data: utf8('small'), declaredSize: MAX_ENTRY_BYTES + 1 };
    expect(await refusal(handMadeBundle([userJsonEntry(), big]))).toMatch(
      /^entry "notes\/a\.md": it unpacks to 52,428,801 bytes; at most 50 MB per entry$/,
    );
  });

  it('a zip bomb: an entry that unpacks to hundreds of times its packed size', async () => {
    const zeros = { name: 'notes/a.md', data: new Uint8Array(8 * 1024 * 1024) };
    const result = await open(handMadeBundle([userJsonEntry(), zeros]));
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    expect(!result.ok && result.message).toMatch(
      /^entry "notes\/a\.md": it would unpack to \d+ times its packed size, which is refused as a zip bomb$/,
    );
  });

  it('an entry that unpacks to more than it declares, stopped while unpacking', async () => {
    const liar = { name: 'notes/a.md', data: new Uint8Array(100_000).fill(65), declaredSize: 10 };
    expect(await refusal(handMadeBundle([userJsonEntry(), liar]))).toBe(
      'entry "notes/a.md": it unpacks to more than the 10 bytes it declares',
    );
  });

  it.each([
    [
      'entries that share their data (an overlapping zip bomb)',
      { nestLast: true },
      'entries "notes/a.md" and "notes/b.md" share their data (a zip-bomb construction)',
    ],
    [
      'a directory record that points at another entry',
      { overlapLast: true },
      'entry "notes/b.md" has a different name in its local header',
    ],
  ] as const)('%s', async (_, options, message) => {
    const notes = [
      { name: 'notes/a.md', data: utf8('a') },
      { name: 'notes/b.md', data: utf8('b') },
    ];
    expect(await refusal(rawZip([userJsonEntry(), ...notes], options))).toBe(message);
  });

  it('a local header that names another file', async () => {
    const archive = handMadeBundle([
      userJsonEntry(),
      { name: 'notes/a.md', localName: '../../a.md', data: utf8('x') },
    ]);
    expect(await refusal(archive)).toBe(
      'entry "notes/a.md" has a different name in its local header',
    );
  });

  it('an encrypted entry', async () => {
    const archive = handMadeBundle([
      userJsonEntry(),
      { name: 'notes/a.md', data: utf8('x'), flags: 1 },
    ]);
    expect(await refusal(archive)).toBe('entry "notes/a.md": it is encrypted');
  });

  it('a file that is not a ZIP archive at all', async () => {
    const result = await open(utf8('just some text, not a zip'));
    expect(result).toEqual({ ok: false, kind: 'unreadable', message: 'it is not a ZIP archive' });
  });
});

describe('the manifest and the content are checked before anything is written', () => {
  it('refuses a bundle without a manifest', async () => {
    expect(await refusal(handMadeBundle([userJsonEntry()], {}, false))).toBe(
      'it has no manifest.json, so it is not a Diptych bundle',
    );
  });

  it.each([
    [
      2,
      'version 2 is not supported (it was written by a newer Diptych); this Diptych reads bundles of version 1',
    ],
    ['1', 'version "1" is not supported; this Diptych reads bundles of version 1'],
    [undefined, 'version nothing is not supported'],
  ])('refuses schemaVersion %j', async (version, reason) => {
    const overrides =
      version === undefined ? { schemaVersion: undefined } : { schemaVersion: version };
    expect(await refusal(handMadeBundle([userJsonEntry()], overrides))).toContain(
      `manifest.json at $.schemaVersion: ${reason}`,
    );
  });

  it('refuses another format', async () => {
    expect(await refusal(handMadeBundle([userJsonEntry()], { format: 'zotero' }))).toBe(
      'manifest.json at $.format: expected "diptych-case-bundle", found "zotero"',
    );
  });

  it('refuses an entry the manifest does not list, and a listed entry that is missing', async () => {
    const unlisted = handMadeBundle([userJsonEntry(), { name: 'notes/a.md', data: utf8('a') }], {
      unlisted: ['notes/a.md'],
    });
    expect(await refusal(unlisted)).toBe('entry "notes/a.md": it is not listed in manifest.json');
  });

  it('refuses an entry whose SHA-256 differs from the manifest', async () => {
    const bytes = handMadeBundle([userJsonEntry(), { name: 'notes/a.md', data: utf8('a') }], {
      wrongHash: ['notes/a.md'],
    });
    expect(await refusal(bytes)).toBe(
      'entry "notes/a.md": its SHA-256 does not match manifest.json; the bundle is damaged or was altered',
    );
  });

  it('refuses a user layer of another case, or one that does not parse, by JSON path', async () => {
    expect(await refusal(handMadeBundle([userJsonEntry(emptyUserLayer('other-case'))]))).toBe(
      'user.json at $.caseId: expected "japan-trump", found "other-case"',
    );
    const broken = { ...emptyUserLayer(CASE_ID), claims: [{ id: 'no' }] };
    expect(
      await refusal(handMadeBundle([{ name: 'user.json', data: utf8(JSON.stringify(broken)) }])),
    ).toMatch(/^user\.json at \$\.claims\[0\]/);
  });

  it('refuses documents and user layer that disagree', async () => {
    const layer = { ...emptyUserLayer(CASE_ID), documents: [doc('u-doc-a1')] };
    expect(await refusal(validBundle(layer))).toBe(
      'user.json at $.documents[0] lists documents/u-doc-a1.txt, which the bundle does not hold',
    );
    expect(await refusal(validBundle(emptyUserLayer(CASE_ID), { 'u-doc-zz': 'x' }))).toBe(
      'entry "documents/u-doc-zz.txt": no document in user.json is stored as it',
    );
  });

  it('refuses a note that is not UTF-8', async () => {
    const bytes = handMadeBundle([
      userJsonEntry(),
      { name: 'notes/a.md', data: new Uint8Array([0x61, 0xff]) },
    ]);
    expect(await refusal(bytes)).toBe('entry "notes/a.md": it is not UTF-8 text');
  });
});
