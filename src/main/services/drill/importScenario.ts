/**
 * A bundle imported over a case whose documents folder holds files Diptych did not write there:
 * a PDF, a subfolder with a scan, an orphan text, and a text with the id of a document the
 * bundle brings. After the import every file of the user must be there byte for byte, or (the
 * one the bundle replaces) be in the backup, which must read back with every entry intact.
 * Shared by the tests and the drill.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readZipDirectory } from '../../../core/evidence/bundle/zipDirectory';
import { unpackEntry } from '../../../core/evidence/bundle/unpackEntry';
import type { Services } from '../services';
import { caseFacts, openServices, type CaseFacts } from './drillServices';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

export interface ImportOutcome {
  /** Files of the user (workspace-relative) missing or changed after the import. */
  readonly lost: readonly string[];
  /** Files that had to be replaced and are not in the backup with the same bytes. */
  readonly notBackedUp: readonly string[];
  /** Entry names of the backup as read back from disk. */
  readonly backupEntries: readonly string[];
}

/** Some work: a document attached to a source, a verdict, a note. */
async function work(s: Services, f: CaseFacts, tag: string): Promise<string> {
  const { document } = await s.handlers.attachDocument(
    f.caseId,
    f.source,
    `doc-${tag}.txt`,
    b64(`The text ${tag}.`),
  );
  await s.handlers.saveVerdict(
    f.caseId,
    f.issue,
    f.dimension,
    { from: f.comparison[0]!, to: f.comparison[1]! },
    {
      verdict: 'continuity',
      rationale: tag,
    },
  );
  await s.handlers.writeNote(f.caseId, f.issue, `# Notes ${tag}\n`, 'absent');
  return document.id;
}

/** Runs the scenario once, `seed` varying the bytes of the user's files. */
export async function runImportScenario(seed = 0): Promise<ImportOutcome> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-import-'));
  try {
    const f = await caseFacts();
    const a = await openServices(path.join(root, 'a'));
    const broughtId = await work(a, f, 'a');
    const exported = await a.handlers.exportBundle(f.caseId, undefined);
    if (exported.status !== 'done') throw new Error('the export was cancelled');

    const bRoot = path.join(root, 'b');
    const b = await openServices(bRoot);
    await work(b, f, 'b');
    const docs = `cases/${f.caseId}/documents`;
    const own: Record<string, Buffer> = {
      [`${docs}/report.pdf`]: Buffer.from(`%PDF-1.7 ${seed}\n`),
      [`${docs}/scans/page-1.png`]: Buffer.from([0x89, 0x50, 0x4e, 0x47, seed % 256]),
      [`${docs}/u-orphan-${seed}.txt`]: Buffer.from(`an orphan ${seed}\n`),
      [`${docs}/README`]: Buffer.from(`what these are ${seed}\n`),
    };
    // A text no user.json lists, with the id of the document the bundle brings: replaced.
    const replaced = `${docs}/${broughtId}.txt`;
    const replacedBytes = Buffer.from(`an older text ${seed}\n`);
    for (const [file, bytes] of [...Object.entries(own), [replaced, replacedBytes] as const]) {
      await mkdir(path.dirname(path.join(bRoot, file)), { recursive: true });
      await writeFile(path.join(bRoot, file), bytes);
    }

    const imported = await b.handlers.importBundle(exported.contentBase64, 'a.zip', undefined);
    if (imported.status !== 'done' || imported.backup === null) {
      throw new Error('the import made no backup');
    }
    const lost: string[] = [];
    for (const [file, bytes] of Object.entries(own)) {
      const now = await readFile(path.join(bRoot, file)).catch(() => undefined);
      if (!now?.equals(bytes)) lost.push(file);
    }
    const backup = new Uint8Array(await readFile(path.join(bRoot, imported.backup)));
    const directory = readZipDirectory(backup, 10_000);
    if (!directory.ok) throw new Error(`the backup is not a ZIP: ${directory.message}`);
    const entry = directory.entries.find((e) => e.name === `documents/${broughtId}.txt`);
    const unpacked = entry ? unpackEntry(backup, entry) : undefined;
    const backedUp = unpacked?.ok === true && Buffer.from(unpacked.bytes).equals(replacedBytes);
    return {
      lost,
      notBackedUp: backedUp ? [] : [replaced],
      backupEntries: directory.entries.map((e) => e.name).sort(),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
