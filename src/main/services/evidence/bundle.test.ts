import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handMadeBundle as makeHandMade,
  userJsonEntry,
  utf8,
  type ManifestOverrides,
} from '../../../core/evidence/bundle/testing/bundleFixture';
import type { RawEntry } from '../../../core/evidence/bundle/testing/rawZip';
import { sha256Hex } from './bundleExport';
import { CASE_ID, evidenceWorkspace, type EvidenceWorkspace } from './testing/evidenceWorkspace';

const handMadeBundle = (
  entries: readonly RawEntry[],
  overrides: ManifestOverrides = {},
  withManifest = true,
) => makeHandMade(sha256Hex, entries, overrides, withManifest);

let a: EvidenceWorkspace;
let b: EvidenceWorkspace;
beforeEach(async () => {
  a = await evidenceWorkspace();
  b = await evidenceWorkspace({
    swapHook: async (step) => {
      if (step === failAt) throw new Error(`disk full at ${step}`);
    },
  });
  failAt = undefined;
});
afterEach(async () => {
  await a.cleanup();
  await b.cleanup();
});
let failAt: string | undefined;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Some work in workspace `w`: a claim, a source, a document, a verdict and two notes. */
async function work(w: EvidenceWorkspace, tag: string): Promise<void> {
  const issue = w.builtIn.issues[0]!;
  const { source } = await w.api.addSource(CASE_ID, {
    type: 'report',
    authors: [],
    editors: [],
    title: `Report ${tag}`,
  });
  await w.api.addClaim(CASE_ID, {
    issue: issue.id,
    dimension: issue.dimensions[0]!.id,
    period: 'trump1',
    modality: 'fact',
    statement: `Claim ${tag}`,
    actors: [],
    tags: [],
    evidence: { source: source.id, selector: { type: 'TextQuoteSelector', exact: `quote ${tag}` } },
  });
  await w.api.attachDocument(
    CASE_ID,
    source.id,
    `doc-${tag}.txt`,
    b64(`The quote ${tag} is here.`),
  );
  await w.users.saveVerdict(
    CASE_ID,
    issue.id,
    issue.dimensions[0]!.id,
    { from: 'trump1', to: 'trump2' },
    { verdict: 'continuity', rationale: tag },
  );
  const notes = w.workspace.notesDir(CASE_ID);
  await mkdir(notes, { recursive: true });
  await writeFile(path.join(notes, `${issue.id}.md`), `# Notes ${tag}\n`);
  await writeFile(path.join(notes, `only-${tag}.md`), `only in ${tag}\n`);
}

/** Every file of the case's work in `w`, path → bytes (hex), for byte-for-byte comparisons. */
/** Work in both workspaces, A's bundle exported, and B's files as they were before any import. */
async function aExportedOverB() {
  await work(a, 'a');
  await work(b, 'b');
  const exported = await a.api.exportBundle(CASE_ID);
  if (exported.status !== 'done') throw new Error('export failed');
  return { exported, before: await snapshot(b) };
}

async function snapshot(w: EvidenceWorkspace): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dir of [path.join(w.root, 'cases', CASE_ID), path.join(w.root, 'notes', CASE_ID)]) {
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const name of entries) {
      const full = path.join(dir, name);
      try {
        out[path.relative(w.root, full)] = (await readFile(full)).toString('hex');
      } catch {
        // a folder
      }
    }
  }
  return out;
}

describe('case bundles', () => {
  it('exports a case and imports it on another machine, file for file', async () => {
    await work(a, 'a');
    const exported = await a.api.exportBundle(CASE_ID, 'export-1');
    expect(exported).toMatchObject({
      status: 'done',
      fileName: expect.stringMatching(/^japan-trump-bundle-\d{4}-\d{2}-\d{2}\.diptych$/),
    });
    if (exported.status !== 'done') return;
    expect(Buffer.from(exported.contentBase64, 'base64').length).toBe(exported.bytes);
    // Packing writes nothing: the page delivers the bundle where the analyst chooses.
    expect(await readdir(path.join(a.root, 'exports'))).toEqual([]);
    expect(a.progress.some((p) => p.operationId === 'export-1')).toBe(true);

    const summary = await b.api.inspectBundle(exported.contentBase64, exported.fileName);
    expect(summary).toMatchObject({
      caseId: CASE_ID,
      holds: { claims: 1, sources: 1, documents: 1, verdicts: 1, notes: 2 },
      replaces: null,
      problems: [],
    });
    const imported = await b.api.importBundle(
      exported.contentBase64,
      exported.fileName,
      'import-1',
    );
    expect(imported).toMatchObject({ status: 'done', caseId: CASE_ID, backup: null });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await readdir(path.join(b.root, '.staging'))).toEqual([]);
  });

  it('replaces the work already there, keeping it first as a backup bundle', async () => {
    const { exported, before } = await aExportedOverB();
    const summary = await b.api.inspectBundle(exported.contentBase64, 'a.zip');
    expect(summary.replaces).toMatchObject({ claims: 1, documents: 1, notes: 2 });
    const imported = await b.api.importBundle(exported.contentBase64, 'a.zip');
    if (imported.status !== 'done') throw new Error('import cancelled');
    expect(imported.user.layer.claims.map((c) => c.statement)).toEqual(['Claim a']);
    expect(imported.backup).toMatch(/^exports\/japan-trump-before-import-.*\.zip$/);
    // The note only b had stays; the bundle's notes replace same-named ones.
    const notes = await readdir(b.workspace.notesDir(CASE_ID));
    expect(notes.sort()).toEqual(
      [`${b.builtIn.issues[0]!.id}.md`, 'only-a.md', 'only-b.md'].sort(),
    );
    // The backup holds b's work and imports back to exactly what b had.
    const backup = (await readFile(path.join(b.root, imported.backup!))).toString('base64');
    await b.api.importBundle(backup, 'backup.zip');
    const after = await snapshot(b);
    for (const [file, bytes] of Object.entries(before)) expect(after[file]).toBe(bytes);
  });

  it.each(['documents', 'user-layer', 'notes'])(
    'a failure while swapping in (%s) leaves every file as it was',
    async (step) => {
      const { exported, before } = await aExportedOverB();
      failAt = step;
      await expect(b.api.importBundle(exported.contentBase64, 'a.zip')).rejects.toMatchObject({
        code: 'io',
        message: `The bundle could not be written (disk full at ${step}); nothing was changed.`,
      });
      expect(await snapshot(b)).toEqual(before);
      expect(await readdir(path.join(b.root, '.staging'))).toEqual([]);
      expect(await readdir(path.join(b.root, 'exports'))).toEqual([]);
    },
  );

  it('a cancelled import changes nothing and leaves no staging folder', async () => {
    const { exported, before } = await aExportedOverB();
    const running = b.api.importBundle(exported.contentBase64, 'a.zip', 'import-9');
    expect(await b.api.cancelOperation('import-9')).toEqual({ accepted: true });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(await snapshot(b)).toEqual(before);
    expect(await readdir(path.join(b.root, '.staging')).catch(() => [])).toEqual([]);
    expect(await readdir(path.join(b.root, 'exports'))).toEqual([]);
  });

  it('removes staging folders an interrupted import left behind', async () => {
    await work(a, 'a');
    const exported = await a.api.exportBundle(CASE_ID);
    if (exported.status !== 'done') throw new Error('export failed');
    const stale = path.join(b.root, '.staging', 'import-crashed');
    const fresh = path.join(b.root, '.staging', 'import-running');
    await mkdir(stale, { recursive: true });
    await mkdir(fresh, { recursive: true });
    await writeFile(path.join(stale, 'user.json'), '{}');
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(stale, longAgo, longAgo);
    await b.api.importBundle(exported.contentBase64, 'a.zip');
    expect(await readdir(path.join(b.root, '.staging'))).toEqual(['import-running']);
  });

  it('a cancelled export leaves no file', async () => {
    await work(a, 'a');
    const running = a.api.exportBundle(CASE_ID, 'export-9');
    expect(await a.api.cancelOperation('export-9')).toEqual({ accepted: true });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(await readdir(path.join(a.root, 'exports'))).toEqual([]);
  });

  it.each([
    [
      'traversal',
      [userJsonEntry(), { name: '../evil.md', data: utf8('x') }],
      'entry "../evil.md": its name climbs out of the bundle (..)',
    ],
    ['no manifest', null, 'it has no manifest.json'],
  ])('refuses a hostile bundle (%s) by name, changing nothing', async (_what, entries, reason) => {
    await work(b, 'b');
    const before = await snapshot(b);
    const bytes = entries ? handMadeBundle(entries) : handMadeBundle([userJsonEntry()], {}, false);
    const content = Buffer.from(bytes).toString('base64');
    await expect(b.api.importBundle(content, 'shared.zip')).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining(`"shared.zip" cannot be imported: ${reason}`),
    });
    await expect(b.api.inspectBundle(content, 'shared.zip')).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
    expect(await snapshot(b)).toEqual(before);
  });

  it('refuses a file that is not a ZIP, and a bundle of a case this Diptych lacks', async () => {
    await expect(b.api.importBundle(b64('hello'), 'notes.txt')).rejects.toMatchObject({
      code: 'unreadable',
      message: '"notes.txt" cannot be imported: it is not a ZIP archive. Nothing was changed.',
    });
    const other = handMadeBundle(
      [
        {
          name: 'user.json',
          data: utf8(JSON.stringify({ schemaVersion: 2, caseId: 'elsewhere', verdicts: [] })),
        },
      ],
      { caseId: 'elsewhere' },
    );
    await expect(
      b.api.importBundle(Buffer.from(other).toString('base64'), 'x.zip'),
    ).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining(
        'a bundle of the case "elsewhere", which this Diptych does not have',
      ),
    });
  });

  it('imports a bundle holding a version 2 user.json as version 3, with every verdict', async () => {
    const fixture = path.join(__dirname, '..', '..', '..', '..', 'test', 'user', 'user-v2.json');
    const v2Text = await readFile(fixture, 'utf8');
    const v2 = JSON.parse(v2Text) as {
      verdicts: { issue: string; dimension: string; comparison: string[]; verdict: string }[];
    };
    const bundle = handMadeBundle([{ name: 'user.json', data: utf8(v2Text) }]);
    await b.api.importBundle(Buffer.from(bundle).toString('base64'), 'old.diptych');
    const onDisk = JSON.parse(await readFile(b.workspace.userLayerFile(CASE_ID), 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    const key = (v: { issue: string; dimension: string; pair: { from: string; to: string } }) =>
      `${v.issue}/${v.dimension}/${v.pair.from}>${v.pair.to}`;
    expect(onDisk.verdicts.map(key).sort()).toEqual(
      v2.verdicts
        .map((v) => key({ ...v, pair: { from: v.comparison[0]!, to: v.comparison[1]! } }))
        .sort(),
    );
  });

  it('refuses to export while user.json cannot be read', async () => {
    const file = a.workspace.userLayerFile(CASE_ID);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'not json');
    await expect(a.api.exportBundle(CASE_ID)).rejects.toMatchObject({ code: 'unreadable' });
    expect(await readdir(path.join(a.root, 'exports'))).toEqual([]);
  });
});
