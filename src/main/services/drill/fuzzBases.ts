/**
 * A call that succeeds, for every method of the contract: the start of each fuzz run, so a
 * hostile value put in one position is refused (or handled) for itself, not because the rest of
 * the call was already wrong. Some methods need the world in a state first (a claim to delete, a
 * broken user layer to set aside); `args` prepares it through the real services and returns the
 * arguments, as JSON, as a client would send them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contract } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import { defaultSettings } from '../../../core/settings/schema';
import type { Services } from '../services';
import { caseFacts, REPO_ROOT } from './drillServices';

export type BaseCalls = Readonly<Record<string, () => Promise<readonly unknown[]>>>;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export async function baseCalls(services: Services, workspace: string): Promise<BaseCalls> {
  const f = await caseFacts();
  const { caseId, issue, dimension, source } = f;
  const comparison = [...f.comparison];
  let serial = 0;
  /** A call made to set the world up: not one of the fuzz calls, and it must succeed. */
  const prep = async <T>(name: string, ...args: unknown[]): Promise<T> => {
    const reply = await dispatch(contract, services.handlers, name, args);
    if (!reply.ok) throw new Error(`preparing ${name}: ${reply.error.message}`);
    return reply.value as T;
  };
  const claim = () => ({
    issue,
    dimension,
    period: comparison[0],
    modality: 'fact',
    statement: `A claim ${(serial += 1)}.`,
    actors: [],
    evidence: { source, selector: { type: 'TextQuoteSelector', exact: 'a quote' } },
  });
  const point = {
    period: comparison[0],
    date: '2019',
    value: 1,
    evidence: { source, selector: { type: 'TextQuoteSelector', exact: 'one' } },
  };
  const csv = 'Year,Value\n2018,5\n2019,6\n';
  const newClaim = async () => await prep<{ claim: { id: string } }>('addClaim', caseId, claim());
  const newDocument = async () =>
    (
      await prep<{ document: { id: string } }>(
        'attachDocument',
        caseId,
        source,
        `doc-${(serial += 1)}.md`,
        b64(`Document ${serial}: a quote.`),
      )
    ).document.id;
  const bundle = async () => {
    const done = await prep<{ contentBase64: string; fileName: string }>('exportBundle', caseId);
    return [done.contentBase64, done.fileName];
  };
  const zotero = () => readFile(path.join(REPO_ROOT, 'test/evidence/zotero-export.json'), 'utf8');
  const measureId = async () => {
    const { case: kase } = await prep<{
      case: { measures: { id: string; unit: { kind: string } }[] };
    }>('openCase', caseId);
    return kase.measures.find((m) => m.unit.kind === 'money')!.id;
  };

  return {
    boot: async () => [],
    getAppInfo: async () => [],
    listCases: async () => [],
    openCase: async () => [caseId],
    saveVerdict: async () => [
      caseId,
      issue,
      dimension,
      { from: comparison[0], to: comparison[1] },
      { verdict: 'continuity', rationale: 'base' },
    ],
    saveFigureText: async () => [
      caseId,
      await measureId(),
      { text: { title: `A title ${(serial += 1)}` }, preset: 'double', theme: 'light' },
    ],
    setAsideUserLayer: async () => {
      await writeFile(path.join(workspace, 'cases', caseId, 'user.json'), '{ not json');
      return [caseId];
    },
    readNote: async () => [caseId, issue],
    writeNote: async () => {
      const read = await prep<{ status: string; revision?: string }>('readNote', caseId, issue);
      return [caseId, issue, `# Base ${(serial += 1)}\n`, read.revision ?? 'absent'];
    },
    listNotes: async () => [caseId],
    searchNotes: async () => [caseId, 'base'],
    noteClaimLinks: async () => [caseId],
    printToPdf: async () => [Buffer.from('<h1>A brief</h1>', 'utf8').toString('base64')],
    keepNoteCopy: async () => [caseId, issue, 'a version set aside'],
    readSettings: async () => [],
    writeSettings: async () => [defaultSettings()],
    deliverFile: async () => [caseId, `${caseId}-fuzz.csv`, b64('a,b\n1,2\n')],
    flushDone: async () => ['fuzz-1', 'saved'],
    takeOpenedBundle: async () => [],
    addClaim: async () => [caseId, claim()],
    updateClaim: async () => [caseId, (await newClaim()).claim.id, claim()],
    deleteClaim: async () => [caseId, (await newClaim()).claim.id],
    restoreClaim: async () => {
      const { claim: made } = await newClaim();
      const { deleted } = await prep<{ deleted: unknown }>('deleteClaim', caseId, made.id);
      return [caseId, deleted];
    },
    addIssue: async () => [caseId, { label: 'Basing', dimensions: [{ label: 'Okinawa' }] }],
    addDimension: async () => [caseId, issue, { label: 'My row' }],
    addSource: async () => [
      caseId,
      { type: 'article', authors: [{ family: 'Tanaka', given: 'Aiko' }], title: 'Okinawa' },
    ],
    previewCslJson: async () => [caseId, 'My Library.json', b64(await zotero())],
    importCslJson: async () => [caseId, 'My Library.json', b64(await zotero())],
    exportSources: async () => [caseId, 'bibtex'],
    addMeasure: async () => [
      caseId,
      {
        issue,
        label: 'Marines on Okinawa',
        unit: { kind: 'people', noun: 'marines' },
        basis: 'level',
        points: [point],
      },
    ],
    addPoint: async () => [caseId, await measureId(), point],
    importCsvPoints: async () => [
      caseId,
      { measure: await measureId() },
      'm.csv',
      b64(csv),
      { columns: { date: 0, value: 1 }, source },
    ],
    attachDocument: async () => [caseId, source, 'base.md', b64(`Base ${(serial += 1)}.`)],
    readDocument: async () => [caseId, await newDocument()],
    anchorQuotes: async () => [caseId, await newDocument()],
    detachDocument: async () => [caseId, await newDocument()],
    exportBundle: async () => [caseId],
    inspectBundle: bundle,
    importBundle: bundle,
    cancelOperation: async () => ['nothing-running'],
  };
}
