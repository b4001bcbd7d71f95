/**
 * Kills a note writer with SIGKILL at a random moment. The writer (test/notes/noteWriter.ts) runs
 * the real NoteStore in its own process and prints `ready` once the note is open, `start <k>`
 * before each save and `done <k>` after it; stdout is a pipe, written synchronously on Linux and
 * macOS, so every line printed before the kill reaches the parent.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bundleForNode } from './bundleForNode';
import type { Rng } from './rng';

/** Bundles the writer into `dir` once: a plain Node start is ~5x faster than a TS loader per kill. */
export async function buildNoteWriter(dir: string): Promise<string> {
  return bundleForNode('test/notes/noteWriter.ts', path.join(dir, 'noteWriter.cjs'));
}

export interface KilledRun {
  /** Versions whose save began, in order. */
  readonly started: readonly number[];
  /** Versions whose save completed (the writer said so before going on), in order. */
  readonly done: readonly number[];
  /** Whether the writer had opened the note before it was killed. */
  readonly ready: boolean;
}

/** Starts the writer on `workspace`, saving versions from `first` on, and kills it at random. */
export function runAndKill(
  writer: string,
  workspace: string,
  first: number,
  random: Rng | (() => number) = Math.random,
): Promise<KilledRun> {
  const next = typeof random === 'function' ? random : () => random.next();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, workspace, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const kill = (): void => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    // Now and then kill during start-up (while it opens the note and tidies the folder).
    const early = next() < 0.1;
    if (early) setTimeout(kill, next() * 80);
    const delay = 2 + next() * 40;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!early && out.startsWith('ready\n') && !killed) setTimeout(kill, delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${err}`));
      const lines = (tag: string): number[] =>
        [...out.matchAll(new RegExp(`^${tag} (\\d+)$`, 'gm'))].map((m) => Number(m[1]));
      resolve({ started: lines('start'), done: lines('done'), ready: out.startsWith('ready\n') });
    });
  });
}
