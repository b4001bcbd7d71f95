/**
 * Drill 2: saves into a full disk. On Linux as root, the workspace lies on a small tmpfs filled
 * to the last byte; each kind of save must fail with an `io` error naming the file, leave the
 * file as it was, and succeed once space is freed.
 */
import { mkdtemp, open, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../../../core/settings/schema';
import type { Services } from '../services';
import { mountTmpfs, unmount } from '../testing/scratch';
import { caseFacts, failureOf, openServices } from './drillServices';

export interface SaveTarget {
  readonly name: string;
  /** The file the save replaces, relative to the workspace. */
  readonly file: string;
  save(services: Services, round: number): Promise<unknown>;
}

export interface FullDiskRow {
  readonly target: string;
  /** The file's bytes changed although the save failed. */
  readonly changed: number;
  /** The save did not fail with an `io` error naming the file. */
  readonly unreported: number;
  /** The save still failed after space was freed. */
  readonly notRecovered: number;
}

export interface FullDiskResult {
  readonly method: string;
  readonly rows: readonly FullDiskRow[];
}

function targets(facts: Awaited<ReturnType<typeof caseFacts>>): SaveTarget[] {
  const { caseId, issue, dimension, comparison } = facts;
  const noteBase = new Map<number, string>();
  return [
    {
      name: 'note (writeNote)',
      file: `notes/${caseId}/${issue}.md`,
      save: async (s, round) => {
        const current = await s.handlers.readNote(caseId, issue);
        const base = current.status === 'ok' ? current.revision : 'absent';
        noteBase.set(round, base);
        const result = await s.handlers.writeNote(caseId, issue, `# Note ${round}\n`, base);
        if (result.status !== 'saved') throw new Error('unexpected conflict');
      },
    },
    {
      name: 'user layer (saveVerdict)',
      file: `cases/${caseId}/user.json`,
      save: (s, round) =>
        s.handlers.saveVerdict(
          caseId,
          issue,
          dimension,
          { from: comparison[0]!, to: comparison[1]! },
          { verdict: round % 2 === 0 ? 'continuity' : 'intensified', rationale: `round ${round}` },
        ),
    },
    {
      name: 'settings (writeSettings)',
      file: 'settings.json',
      save: (s, round) =>
        s.handlers.writeSettings({ ...defaultSettings(), chartsSize: 10 + (round % 80) }),
    },
    {
      name: 'export (deliverFile)',
      file: `exports/${caseId}-drill.csv`,
      save: (s, round) =>
        s.handlers.deliverFile(
          caseId,
          `${caseId}-drill.csv`,
          Buffer.from(`round,${round}\n`.padEnd(24, ' ')).toString('base64'),
        ),
    },
  ];
}

/** Writes `file` until the file system refuses another byte. */
async function fill(file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const size of [64 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          const { bytesWritten } = await handle.write(chunk);
          if (bytesWritten < size) break;
        } catch {
          break;
        }
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export async function runFullDiskDrill(): Promise<FullDiskResult> {
  const facts = await caseFacts();
  const mount = await mkdtemp(path.join(os.tmpdir(), 'diptych-drill-full-'));
  if (!mountTmpfs(mount)) {
    await rm(mount, { recursive: true, force: true });
    return { method: 'not run: a small tmpfs needs Linux and root', rows: [] };
  }
  try {
    const services = await openServices(path.join(mount, 'ws'));
    const rows: FullDiskRow[] = [];
    for (const target of targets(facts)) {
      const file = path.join(services.workspace.root, target.file);
      await target.save(services, 1);
      const before = await readFile(file);
      const filler = path.join(mount, 'filler.bin');
      await fill(filler);
      const error = await failureOf(() => target.save(services, 2));
      const after = await readFile(file);
      await unlink(filler);
      const reported =
        error !== undefined &&
        error.code === 'io' &&
        error.file !== undefined &&
        error.file.endsWith(target.file) &&
        error.message.includes(path.basename(target.file));
      const recovered = (await failureOf(() => target.save(services, 3))) === undefined;
      rows.push({
        target: target.name,
        changed: before.equals(after) ? 0 : 1,
        unreported: reported ? 0 : 1,
        notRecovered: recovered ? 0 : 1,
      });
    }
    await services.flush();
    return { method: 'tmpfs of 1 MB, filled to the last byte', rows };
  } finally {
    try {
      unmount(mount);
    } catch {
      // Still mounted (busy): left for the OS; the rm below then only empties it.
    }
    await rm(mount, { recursive: true, force: true });
  }
}
