/**
 * Drill 1: a writer saving a note through the real NoteStore is killed with SIGKILL at random
 * moments, `kills` times. After each kill the note must be exactly the last version whose save
 * completed, or the one in flight; the next open must leave no temp file behind.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { claimedVersion, versionText } from '../notes/crashTestVersions';
import { ABSENT, NoteStore } from '../notes/noteStore';
import { tempWriterPid } from '../notes/staleTemps';
import { Workspace } from '../workspace';
import { buildNoteWriter, runAndKill } from './killRunner';
import { seededRng } from './rng';

export interface KillDrillResult {
  readonly kills: number;
  readonly savesCompleted: number;
  /** Kills that landed while a save was in flight (the file is then the old or the new version). */
  readonly killsMidSave: number;
  /** Temp files the killed writers left, before the next open tidied them. */
  readonly tempsLeftByKills: number;
  /** The note is not byte for byte any version written. */
  readonly torn: number;
  /** Temp files still there after the next open. */
  readonly leftoverTemps: number;
  /** The note is older than the last completed save (or newer than the one in flight). */
  readonly lostSaves: number;
}

export async function runKillDrill(kills: number, seed = 1): Promise<KillDrillResult> {
  const rng = seededRng(seed);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'diptych-drill-kill-'));
  try {
    const writer = await buildNoteWriter(scratch);
    const workspace = path.join(scratch, 'ws');
    const first = await new NoteStore(await Workspace.open(workspace)).write(
      'crash',
      'trade',
      versionText(0),
      ABSENT,
    );
    if (first.status !== 'saved') throw new Error('the first version could not be saved');
    const file = path.join(workspace, 'notes', 'crash', 'trade.md');
    const dir = path.dirname(file);

    let onDisk = 0;
    let savesCompleted = 0;
    let killsMidSave = 0;
    let tempsLeftByKills = 0;
    let torn = 0;
    let leftoverTemps = 0;
    let lostSaves = 0;
    for (let run = 1; run <= kills; run += 1) {
      const { started, done } = await runAndKill(writer, workspace, run * 1_000_000, rng);
      savesCompleted += done.length;
      const lastDone = done.length > 0 ? done[done.length - 1]! : onDisk;
      const inFlight = started.find((k) => k > lastDone);
      if (inFlight !== undefined) killsMidSave += 1;

      const text = await readFile(file, 'utf8');
      const k = claimedVersion(text);
      if (k === undefined || text !== versionText(k)) {
        torn += 1;
      } else if (k !== lastDone && k !== inFlight) {
        lostSaves += 1;
      }
      if (k !== undefined) onDisk = k;

      tempsLeftByKills += (await readdir(dir)).filter((n) => tempWriterPid(n) !== undefined).length;
      // The next open (as the app's would) removes what the killed writer left.
      await new NoteStore(await Workspace.open(workspace)).read('crash', 'trade');
      leftoverTemps += (await readdir(dir)).filter((n) => n !== 'trade.md').length;
    }
    return {
      kills,
      savesCompleted,
      killsMidSave,
      tempsLeftByKills,
      torn,
      leftoverTemps,
      lostSaves,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
