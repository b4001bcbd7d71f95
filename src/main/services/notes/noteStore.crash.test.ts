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
/**
 * The kills run in lanes, each on its own workspace, so the time spent starting writer processes
 * overlaps; each lane's note sees its kills one after another, as a single note would.
 */
const LANES = 4;

let scratch: string;
let writer: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'diptych-crash-'));
  writer = await buildNoteWriter(scratch);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface LaneResult {
  readonly leftovers: number;
  readonly savesBegun: number;
}

/** Kills `kills` writers in turn on one workspace, checking the note after every kill. */
async function killLane(lane: number, kills: number): Promise<LaneResult> {
  const workspace = path.join(scratch, `ws-${lane}`);
  const store = new NoteStore(await Workspace.open(workspace));
  expect((await store.write('crash', 'trade', versionText(0), ABSENT)).status).toBe('saved');
  const file = path.join(workspace, 'notes', 'crash', 'trade.md');
  const dir = path.dirname(file);

  const written = new Set<number>([0]);
  let leftovers = 0;
  let savesBegun = 0;
  for (let run = 1; run <= kills; run += 1) {
    const where = `lane ${lane}, run ${run}`;
    const { started, ready } = await runAndKill(writer, workspace, run * 1_000_000);
    started.forEach((k) => written.add(k));
    savesBegun += started.length;

    const text = await readFile(file, 'utf8');
    const k = claimedVersion(text);
    expect(k, `${where}: the note has no version header`).toBeDefined();
    expect(written.has(k!), `${where}: version ${k} was never written`).toBe(true);
    expect(text === versionText(k!), `${where}: the note is not exactly version ${k}`).toBe(true);

    const temps = (await readdir(dir)).filter((n) => tempWriterPid(n) !== undefined);
    leftovers += temps.length;
    // A writer that got as far as opening the note removed its predecessors' temp files.
    if (ready) expect(temps.length, `${where}: ${temps.join(', ')}`).toBeLessThanOrEqual(1);
  }

  // The next open tidies up after the last killed writer.
  await new NoteStore(await Workspace.open(workspace)).read('crash', 'trade');
  expect(await readdir(dir)).toEqual(['trade.md']);
  return { leftovers, savesBegun };
}

test(`the note survives ${KILLS} kills mid-save intact, and no temp file stays`, async () => {
  const began = Date.now();
  const lanes = await Promise.all(
    Array.from({ length: LANES }, (_, lane) => killLane(lane, KILLS / LANES)),
  );
  const leftovers = lanes.reduce((sum, l) => sum + l.leftovers, 0);
  const savesBegun = lanes.reduce((sum, l) => sum + l.savesBegun, 0);
  // The kills did land mid-save: otherwise this test proved nothing.
  expect(leftovers).toBeGreaterThan(0);
  console.log(
    `${KILLS} kills in ${((Date.now() - began) / 1000).toFixed(1)} s; ${savesBegun} saves begun; ` +
      `${leftovers} temp files left by killed writers, all removed on the next open`,
  );
}, 240_000);
