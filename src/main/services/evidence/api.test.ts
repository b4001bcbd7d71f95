/**
 * The evidence methods through the one real path a call takes: the contract's dispatcher with
 * the real services on a temporary workspace. Every result is checked against the contract
 * by `dispatch`, so a result that does not fit fails here as `internal`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { Envelope } from '../../../core/api/errors';
import { createServices, type Services } from '../services';

const CASE = 'japan-trump';
let root: string;
let services: Services;
let internal: unknown[];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-evidence-api-'));
  services = await createServices({
    workspaceDir: root,
    casesDir: path.resolve(__dirname, '../../../../data/cases'),
    host: 'browser',
    version: '0.1.0-test',
  });
  internal = [];
});
afterEach(async () => {
  await services.flush();
  await rm(root, { recursive: true, force: true });
});

async function call(name: string, ...args: unknown[]): Promise<Envelope> {
  return dispatch(contract, services.handlers, name, args, (_name, error) => internal.push(error));
}

async function ok<T = Record<string, unknown>>(name: string, ...args: unknown[]): Promise<T> {
  const result = await call(name, ...args);
  if (!result.ok)
    throw new Error(
      `${name}: ${result.error.code}: ${result.error.message} ${JSON.stringify(internal)}`,
    );
  return result.value as T;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the evidence methods through dispatch', () => {
  it('walks through every method with results that fit the contract', async () => {
    const { case: kase } = await ok<{
      case: {
        issues: { id: string; dimensions: { id: string }[] }[];
        sources: { id: string }[];
        measures: { id: string; unit: { kind: string } }[];
      };
    }>('openCase', CASE);
    const issue = kase.issues[0]!;
    const builtInSource = kase.sources[0]!.id;

    const { issue: own } = await ok<{ issue: { id: string; dimensions: { id: string }[] } }>(
      'addIssue',
      CASE,
      {
        label: 'Basing',
        dimensions: [{ label: 'Okinawa' }],
      },
    );
    await ok('addDimension', CASE, issue.id, { label: 'My row' });
    const { source } = await ok<{ source: { id: string } }>('addSource', CASE, {
      type: 'article',
      authors: [{ family: 'Tanaka', given: 'Aiko' }],
      title: 'Okinawa and the alliance',
      issued: '2024-02',
    });
    const claimArgs = {
      issue: own.id,
      dimension: own.dimensions[0]!.id,
      period: 'trump2',
      modality: 'expectation',
      statement: 'Relocation will slow.',
      actors: ['Japan'],
      evidence: {
        source: source.id,
        selector: {
          type: 'TextQuoteSelector',
          exact: 'relocation will slow',
          prefix: 'We expect that ',
        },
      },
    };
    const { claim } = await ok<{ claim: { id: string; tags: string[] } }>(
      'addClaim',
      CASE,
      claimArgs,
    );
    expect(claim.tags).toEqual([]);
    await ok('updateClaim', CASE, claim.id, { ...claimArgs, statement: 'Relocation will stall.' });
    const { deleted } = await ok<{ deleted: unknown }>('deleteClaim', CASE, claim.id);
    await ok('restoreClaim', CASE, deleted);

    const zotero = await readFile(
      path.resolve(__dirname, '../../../../test/evidence/zotero-export.json'),
      'utf8',
    );
    await ok('previewCslJson', CASE, 'My Library.json', b64(zotero));
    const csl = await ok<{ imported: unknown[] }>(
      'importCslJson',
      CASE,
      'My Library.json',
      b64(zotero),
    );
    expect(csl.imported).toHaveLength(6);

    const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
    const point = {
      period: 'trump1',
      date: '2019',
      value: 1,
      evidence: { source: builtInSource, selector: { type: 'TextQuoteSelector', exact: 'one' } },
    };
    await ok('addPoint', CASE, measure.id, point);
    await ok('addMeasure', CASE, {
      issue: own.id,
      label: 'Marines on Okinawa',
      unit: { kind: 'people', noun: 'marines' },
      basis: 'level',
      points: [point],
    });
    const csv = 'Year,Value\n2018,5\n2019,6\n';
    await ok(
      'importCsvPoints',
      CASE,
      { measure: measure.id },
      'm.csv',
      b64(csv),
      { columns: { date: 0, value: 1 }, source: source.id },
      'csv-op',
    );

    const { document } = await ok<{ document: { id: string } }>(
      'attachDocument',
      CASE,
      source.id,
      'okinawa.md',
      b64('We expect that relocation will slow.'),
    );
    const report = await ok<{ found: unknown[] }>('anchorQuotes', CASE, document.id);
    expect(report.found).toHaveLength(1);
    await ok('readDocument', CASE, document.id);

    const exported = await ok<{ contentBase64: string; fileName: string }>(
      'exportBundle',
      CASE,
      'export-op',
    );
    await ok('inspectBundle', exported.contentBase64, exported.fileName);
    await ok('detachDocument', CASE, document.id);
    const imported = await ok<{ status: string; backup: string }>(
      'importBundle',
      exported.contentBase64,
      exported.fileName,
      'import-op',
    );
    expect(imported.status).toBe('done');
    expect(await ok('cancelOperation', 'nothing-running')).toEqual({ accepted: false });
    expect(internal).toEqual([]);
  });

  it('refuses arguments the contract does not allow, before any service runs', async () => {
    const cases: [string, unknown[]][] = [
      ['addClaim', [CASE, { modality: 'rumour' }]],
      ['restoreClaim', [CASE, { id: 'not-own' }]],
      ['attachDocument', [CASE, 'src', 'a.txt', 'not base64!']],
      ['attachDocument', [CASE, 'src', 'a\u0000.txt', 'QQ==']],
      ['importCsvPoints', [CASE, { measure: 'm' }, 'a.csv', 'eA==', { columns: {} }]],
      [
        'importCsvPoints',
        [CASE, { measure: 'm' }, 'a.csv', 'not base64!', { columns: { value: 0 } }],
      ],
      ['importBundle', ['QQ==', 'a.zip', 'Not An Id']],
      ['readDocument', [CASE, '../../etc/passwd']],
    ];
    for (const [name, args] of cases) {
      const result = await call(name, ...args);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    await expect(readFile(path.join(root, 'cases', CASE, 'user.json'))).rejects.toThrow();
  });

  it('sends progress of a long operation as events', async () => {
    const seen: unknown[] = [];
    const unsubscribe = services.events.subscribe((event, payload) => {
      if (event === 'operationProgress') seen.push(payload);
    });
    await ok('exportBundle', CASE, 'export-events');
    unsubscribe();
    expect(seen.length).toBeGreaterThan(0);
    for (const payload of seen) {
      expect(contract.events.operationProgress.safeParse(payload).success).toBe(true);
    }
    expect(seen.at(-1)).toMatchObject({ operationId: 'export-events', done: 1, total: 1 });
  });
});
