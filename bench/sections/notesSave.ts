/**
 * Saving a 100 KB note through the notes service against a plain write-file-atomic of the same
 * bytes, on the same disk, interleaved so that both see the same conditions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { NoteStore } from '../../src/main/services/notes/noteStore';
import { Workspace } from '../../src/main/services/workspace';
import { summarize, type Summary } from '../support/stats';

export interface NotesSaveResult {
  readonly service: Summary;
  readonly plain: Summary;
  /** Median service time over median plain time. */
  readonly ratio: number;
}

export async function measureNotesSave(runs: number): Promise<NotesSaveResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-notes-'));
  try {
    const workspace = await Workspace.open(dir);
    const store = new NoteStore(workspace, { watch: false });
    const plainFile = path.join(dir, 'plain.md');
    const base = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '
      .repeat(1800)
      .slice(0, 100_000);
    let revision = (await store.read('bench', 'note')).status === 'ok' ? 'absent' : 'absent';
    const service: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      const text = `${i}\n${base}`;
      let t = performance.now();
      const result = await store.write('bench', 'note', text, revision);
      service.push(performance.now() - t);
      if (result.status !== 'saved') throw new Error(`unexpected ${result.status}`);
      revision = result.revision;
      t = performance.now();
      await writeFileAtomic(plainFile, text, { fsync: true });
      plain.push(performance.now() - t);
    }
    const s = summarize(service);
    const p = summarize(plain);
    return { service: s, plain: p, ratio: s.median / p.median };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
