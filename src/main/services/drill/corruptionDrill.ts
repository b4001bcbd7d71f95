/**
 * Drill 3: every file type Diptych reads, truncated at several points and filled with random
 * bytes, read through the real services. The problem must be reported with the file's name, the
 * file never overwritten by a later save, and the app must go on working.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../services';
import {
  caseFacts,
  CASES_DIR,
  DEFAULT_CASE,
  failureOf,
  openServices,
  treeHash,
} from './drillServices';
import { randomBytesFrom, seededRng, type Rng } from './rng';
import { fileTypes, type FileType } from './corruptionFileTypes';

export interface CorruptionRow {
  readonly fileType: string;
  readonly corruptions: number;
  /** The problem was not reported, or not with the file's name. */
  readonly unreported: number;
  /** The corrupt bytes were overwritten (or lost) by an attempted save. */
  readonly overwritten: number;
  /** Another call on the same services failed afterwards. */
  readonly appBroken: number;
}

/** Truncations inside the content (a cut that only drops trailing white space changes nothing). */
function truncations(valid: Buffer, type: FileType): Buffer[] {
  if (type.text) {
    // Plain text cut anywhere is still text; a cut inside a multi-byte character is not.
    const cuts: number[] = [];
    for (let i = 0; i < valid.length && cuts.length < 4; i += 1) {
      if (valid[i]! >= 0xc0) cuts.push(i + 1);
    }
    return cuts.map((n) => valid.subarray(0, n));
  }
  const length = valid.toString('latin1').trimEnd().length;
  return [0, Math.floor(length / 3), Math.floor((2 * length) / 3), length - 1].map((n) =>
    valid.subarray(0, n),
  );
}

function randomFills(valid: Buffer, rng: Rng, count: number): Buffer[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytesFrom(rng, Math.max(16, valid.length));
    bytes[0] = 0xff; // never valid UTF-8, never JSON, never a ZIP
    return bytes;
  });
}

async function stillWorks(services: Services): Promise<boolean> {
  const listed = await failureOf(() => services.handlers.listCases());
  const opened = await failureOf(() => services.handlers.openCase(DEFAULT_CASE));
  return listed === undefined && opened === undefined;
}

export async function runCorruptionDrill(perType = 7, seed = 3): Promise<CorruptionRow[]> {
  const rng = seededRng(seed);
  const facts = await caseFacts();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'diptych-drill-corrupt-'));
  try {
    // A copy of the built-in cases with a second case, so the default one stays loadable.
    const casesDir = path.join(scratch, 'cases');
    await cp(CASES_DIR, casesDir, { recursive: true });
    const copy = JSON.parse(
      await readFile(path.join(casesDir, DEFAULT_CASE, 'case.json'), 'utf8'),
    ) as { id: string };
    copy.id = 'drill-copy';
    await cp(path.join(casesDir, DEFAULT_CASE), path.join(casesDir, 'drill-copy'), {
      recursive: true,
    });
    await writeFile(path.join(casesDir, 'drill-copy', 'case.json'), JSON.stringify(copy, null, 2));

    const rows: CorruptionRow[] = [];
    let run = 0;
    for (const type of fileTypes(facts)) {
      let corruptions = 0;
      let unreported = 0;
      let overwritten = 0;
      let appBroken = 0;
      // Set up once to learn the valid bytes; each corruption then gets a fresh workspace.
      const probeDir = path.join(scratch, `probe-${type.name.replace(/\W+/g, '-')}`);
      const valid = await type.setup(await openServices(probeDir, casesDir), casesDir);
      const variants = [...truncations(valid.bytes, type), ...randomFills(valid.bytes, rng, 3)];
      for (const bad of variants.slice(0, perType)) {
        run += 1;
        const workspace = path.join(scratch, `ws-${run}`);
        const setupServices = await openServices(workspace, casesDir);
        const target = await type.setup(setupServices, casesDir);
        await setupServices.flush();
        await writeFile(target.file, bad);
        // Fresh services: what a restart after the corruption would see.
        const services = await openServices(workspace, casesDir);
        corruptions += 1;
        if (!(await type.reported(services, target.file).catch(() => false))) unreported += 1;
        const before = await treeHash(workspace);
        await type.attemptWrite(services, target.file).catch(() => undefined);
        await services.flush();
        if (!(await type.preserved(target.file, bad, workspace, before))) overwritten += 1;
        if (!(await stillWorks(services))) appBroken += 1;
      }
      rows.push({ fileType: type.name, corruptions, unreported, overwritten, appBroken });
    }
    return rows;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
