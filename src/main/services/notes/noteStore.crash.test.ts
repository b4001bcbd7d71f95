/**
 * A writer killed with SIGKILL at random moments, hundreds of times, while it saves a 200 KB note
 * every few milliseconds through the real NoteStore: the note on disk is always exactly one of the
 * versions written, and the temp files the dead writers leave are removed by the next open.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildNoteWriter, runAndKill } from '../drill/killRunner';
import { claimedVersion, versionText } from './crashTestVersions';
import { Workspace } from '../workspace';
import { ABSENT, NoteStore } from './noteStore';
import { tempWriterPid } from './staleTemps';

const KILLS = 220;

let scratch: string;
let writer: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'diptych-crash-'));
  writer = await buildNoteWriter(scratch);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

test(`the note survives ${KILLS} kills mid-save intact, and no temp file stays`, async () => {
  const workspace = path.join(scratch, 'ws');
  const store = new NoteStore(await Workspace.open(workspace));
  expect((await store.write('crash', 'trade', versionText(0), ABSENT)).status).toBe('saved');
  const file = path.join(workspace, 'notes', 'crash', 'trade.md');
  const dir = path.dirname(file);

  const written = new Set<number>([0]);
  let leftovers = 0;
  let savesBegun = 0;
  const began = Date.now();
  for (let run = 1; run <= KILLS; run += 1) {
    const { started, ready } = await runAndKill(writer, workspace, run * 1_000_000);
    started.forEach((k) => written.add(k));
    savesBegun += started.length;

    const text = await readFile(file, 'utf8');
    const k = claimedVersion(text);
    expect(k, `run ${run}: the note has no version header`).toBeDefined();
    expect(written.has(k!), `run ${run}: version ${k} was never written`).toBe(true);
    expect(text === versionText(k!), `run ${run}: the note is not exactly version ${k}`).toBe(true);

    const temps = (await readdir(dir)).filter((n) => tempWriterPid(n) !== undefined);
    leftovers += temps.length;
    // A writer that got as far as opening the note removed its predecessors' temp files.
    if (ready) expect(temps.length, `run ${run}: ${temps.join(', ')}`).toBeLessThanOrEqual(1);
  }

  // The next open tidies up after the last killed writer.
  await new NoteStore(await Workspace.open(workspace)).read('crash', 'trade');
  expect(await readdir(dir)).toEqual(['trade.md']);
  // The kills did land mid-save: otherwise this test proved nothing.
  expect(leftovers).toBeGreaterThan(0);
  console.log(
    `${KILLS} kills in ${((Date.now() - began) / 1000).toFixed(1)} s; ${savesBegun} saves begun; ` +
      `${leftovers} temp files left by killed writers, all removed on the next open`,
  );
}, 120_000);
