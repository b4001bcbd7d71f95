import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeCase } from '../../../core/user/merge';
import { USER_LAYER_SCHEMA_VERSION } from '../../../core/user/schema';
import { CASE_ID, evidenceWorkspace, type EvidenceWorkspace } from './testing/evidenceWorkspace';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

let w: EvidenceWorkspace;
beforeEach(async () => {
  w = await evidenceWorkspace();
});
afterEach(() => w.cleanup());

function draft(over: Record<string, unknown> = {}) {
  const issue = w.builtIn.issues[0]!;
  return {
    issue: issue.id,
    dimension: issue.dimensions[0]!.id,
    period: 'trump2',
    modality: 'assessment' as const,
    statement: 'Tokyo will hedge more openly.',
    actors: ['Japan'],
    tags: ['hedging'],
    evidence: {
      source: w.builtIn.sources[0]!.id,
      selector: { type: 'TextQuoteSelector' as const, exact: 'hedge' },
    },
    ...over,
  };
}

describe('own claims', () => {
  it('adds a claim to user.json with a generated id and dates, shown as the user’s', async () => {
    const { claim, user } = await w.api.addClaim(CASE_ID, draft());
    expect(claim.id).toMatch(/^u-claim-[a-z0-9]{6}$/);
    expect(claim.createdAt).toBe(claim.updatedAt);
    const onDisk = JSON.parse((await w.userJson())!);
    expect(onDisk).toMatchObject({
      schemaVersion: USER_LAYER_SCHEMA_VERSION,
      claims: [{ id: claim.id, statement: 'Tokyo will hedge more openly.' }],
    });
    expect(user.status).toBe('ok');
    const merged = mergeCase(w.builtIn, user.layer);
    expect(merged.origin.claims.has(claim.id)).toBe(true);
    expect(merged.case.claims.at(-1)?.id).toBe(claim.id);
  });

  it.each([
    [{ period: 'obama' }, "period: unknown period 'obama'"],
    [{ dimension: 'no-such-row' }, "dimension: unknown dimension 'no-such-row'"],
    [
      { evidence: { source: 'nobody', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      "evidence.source: unknown source 'nobody'",
    ],
    [{ date: '2019' }, "date: date '2019' lies outside period 'Trump 2.0'"],
  ])('refuses %j and leaves user.json byte-identical', async (over, message) => {
    await w.api.addClaim(CASE_ID, draft());
    const before = await w.userJson();
    await expect(w.api.addClaim(CASE_ID, draft(over))).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining(message),
    });
    expect(await w.userJson()).toBe(before);
  });

  it('updates a claim, keeping its id and creation date', async () => {
    const { claim } = await w.api.addClaim(CASE_ID, draft());
    await new Promise((r) => setTimeout(r, 5));
    const { claim: changed } = await w.api.updateClaim(
      CASE_ID,
      claim.id,
      draft({ statement: 'Changed.' }),
    );
    expect(changed).toMatchObject({
      id: claim.id,
      createdAt: claim.createdAt,
      statement: 'Changed.',
    });
    expect(changed.updatedAt > claim.updatedAt).toBe(true);
  });

  it('refuses to change a built-in claim or one that does not exist', async () => {
    // A built-in claim's id is not an own id: the contract refuses it before any service runs.
    await expect(
      w.api.updateClaim(CASE_ID, w.builtIn.claims[0]!.id, draft()),
    ).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('an own item’s id starts with "u-"'),
    });
    await expect(w.api.updateClaim(CASE_ID, 'u-claim-000000', draft())).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(w.api.deleteClaim(CASE_ID, 'u-claim-000000')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('deletes a claim and restores it with the same id (undo)', async () => {
    const { claim } = await w.api.addClaim(CASE_ID, draft());
    const { deleted, user } = await w.api.deleteClaim(CASE_ID, claim.id);
    expect(deleted).toEqual(claim);
    expect(user.layer.claims).toEqual([]);
    const { claim: restored } = await w.api.restoreClaim(CASE_ID, deleted);
    expect(restored).toEqual(claim);
    expect(JSON.parse((await w.userJson())!).claims).toEqual([claim]);
    await expect(w.api.restoreClaim(CASE_ID, deleted)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses any change while user.json cannot be read, and never writes it', async () => {
    const file = w.workspace.userLayerFile(CASE_ID);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{ broken');
    await expect(w.api.addClaim(CASE_ID, draft())).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe('{ broken');
  });
});

describe('own issue areas and dimensions', () => {
  it('adds an issue area with dimensions, and a dimension to a built-in and an own issue', async () => {
    const { issue } = await w.api.addIssue(CASE_ID, {
      label: 'Basing',
      dimensions: [{ label: 'Okinawa' }, { label: 'Relocation' }],
    });
    expect(issue.id).toMatch(/^u-basing-[a-z0-9]{6}$/);
    expect(issue.dimensions.map((d) => d.label)).toEqual(['Okinawa', 'Relocation']);
    const builtInIssue = w.builtIn.issues[0]!.id;
    const added = await w.api.addDimension(CASE_ID, builtInIssue, { label: 'My own row' });
    const ownAdded = await w.api.addDimension(CASE_ID, issue.id, { label: 'Noise' });
    const merged = mergeCase(w.builtIn, ownAdded.user.layer);
    expect(merged.case.issues.find((i) => i.id === builtInIssue)!.dimensions.at(-1)).toEqual(
      added.dimension,
    );
    expect(
      merged.case.issues.find((i) => i.id === issue.id)!.dimensions.map((d) => d.label),
    ).toEqual(['Okinawa', 'Relocation', 'Noise']);
    // A claim may now use the own rows.
    await expect(
      w.api.addClaim(CASE_ID, draft({ issue: issue.id, dimension: issue.dimensions[0]!.id })),
    ).resolves.toBeDefined();
  });

  it('refuses a second issue or dimension of the same name, and an unknown issue', async () => {
    const label = w.builtIn.issues[0]!.label.toUpperCase();
    await expect(
      w.api.addIssue(CASE_ID, { label, dimensions: [{ label: 'x' }] }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const dim = w.builtIn.issues[0]!.dimensions[0]!.label;
    await expect(
      w.api.addDimension(CASE_ID, w.builtIn.issues[0]!.id, { label: ` ${dim} ` }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      w.api.addDimension(CASE_ID, 'no-such-issue', { label: 'x' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await w.userJson()).toBeNull();
  });
});

describe('own sources', () => {
  const zoteroFile = path.resolve(__dirname, '../../../../test/evidence/zotero-export.json');

  it('adds a source by hand and refuses the same work twice', async () => {
    const input = {
      type: 'report' as const,
      authors: [{ literal: 'CSIS' }],
      editors: [],
      title: 'Alliance report',
      issued: '2024',
    };
    const { source } = await w.api.addSource(CASE_ID, input);
    expect(source.id).toMatch(/^u-csis-2024-[a-z0-9]{6}$/);
    await expect(w.api.addSource(CASE_ID, { ...input, issued: '2024-05' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('imports a Zotero export, reports what it skipped, and does not repeat items on a second import', async () => {
    const text = await readFile(zoteroFile, 'utf8');
    const preview = await w.api.previewCslJson(CASE_ID, 'My Library.json', b64(text));
    expect(preview.sources).toHaveLength(6);
    expect(await w.userJson()).toBeNull();

    const first = await w.api.importCslJson(CASE_ID, 'My Library.json', b64(text));
    expect(first.imported).toHaveLength(6);
    expect(first.problems.filter((p) => p.skipped).map((p) => p.path)).toEqual([
      '$[6].title',
      '$[7].author',
    ]);
    const merged = mergeCase(w.builtIn, first.user.layer);
    expect(merged.problems).toEqual([]);
    const article = merged.case.sources.find(
      (s) => s.title === "Japan's alliance strategy in the age of Trump",
    );
    expect(article).toMatchObject({
      authors: [{ family: 'Hughes' }, { family: 'Patalano' }],
      url: expect.stringMatching(/^https:\/\/academic/),
    });

    const second = await w.api.importCslJson(CASE_ID, 'My Library.json', b64(text));
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toHaveLength(6);
    const again = await w.api.previewCslJson(CASE_ID, 'My Library.json', b64(text));
    expect(again.sources.every((s) => s.duplicateOf !== undefined)).toBe(true);
  });

  it.each([
    ['[{"id": "a",}]', /^"broken\.json": it is not valid JSON: .*\(line 1, column 1[0-9]\)$/],
    ['{"title": 5}', /^"broken\.json": no item could be imported: \$\.id: /],
    ['"x"', /^"broken\.json": it holds a string at \$/],
  ])(
    'refuses malformed CSL-JSON %j, naming the file, and changes nothing',
    async (text, message) => {
      await w.api.addSource(CASE_ID, { type: 'book', authors: [], editors: [], title: 'Kept' });
      const before = await w.userJson();
      await expect(w.api.importCslJson(CASE_ID, 'broken.json', b64(text))).rejects.toMatchObject({
        code: 'invalid-arguments',
        message: expect.stringMatching(message),
      });
      expect(await w.userJson()).toBe(before);
    },
  );
});
