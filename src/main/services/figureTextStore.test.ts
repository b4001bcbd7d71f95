/**
 * A chart figure's edited header and footer, remembered in user.json on a real temp folder:
 * written and read back by a fresh store, reset to the case's text, unchanged saves write
 * nothing, a version 3 file from before the field reads and keeps its verdicts, and a broken
 * file is never written.
 */
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserLayerStore } from './userLayerStore';
import { Workspace } from './workspace';

let root: string;
let store: UserLayerStore;
let file: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-figure-text-'));
  const ws = await Workspace.open(root);
  store = new UserLayerStore(ws);
  file = ws.userLayerFile('japan-trump');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const EDITED = {
  text: { title: 'Purchases ≈ ¥700 billion', notes: 'A note of mine' },
  preset: 'single' as const,
  theme: 'grey' as const,
};

describe('figure texts in the user layer', () => {
  it('remembers the edited fields per measure, on disk, for a fresh store', async () => {
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    await store.saveFigureText('japan-trump', 'hns', true, { text: { subtitle: 'Other' } });
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.figureTexts).toMatchObject([
      { measure: 'fms-purchases', ...EDITED },
      { measure: 'hns', text: { subtitle: 'Other' } },
    ]);
    const fresh = new UserLayerStore(await Workspace.open(root));
    const read = await fresh.read('japan-trump');
    expect(read.status).toBe('ok');
    expect(read.layer.figureTexts?.[0]).toMatchObject({ measure: 'fms-purchases', ...EDITED });
  });

  it('replaces a measure’s entry, and forgets it on reset', async () => {
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const next = await store.saveFigureText('japan-trump', 'fms-purchases', true, {
      text: { title: 'Another title' },
    });
    expect(next.layer.figureTexts).toHaveLength(1);
    expect(next.layer.figureTexts?.[0]?.text).toEqual({ title: 'Another title' });
    expect(next.layer.figureTexts?.[0]?.preset).toBeUndefined();
    const reset = await store.saveFigureText('japan-trump', 'fms-purchases', true, null);
    expect(reset.layer.figureTexts).toEqual([]);
    // An input that keeps nothing is a reset too.
    await store.saveFigureText('japan-trump', 'hns', true, EDITED);
    const emptied = await store.saveFigureText('japan-trump', 'hns', true, { text: {} });
    expect(emptied.layer.figureTexts).toEqual([]);
  });

  it('writes nothing when a save changes nothing', async () => {
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const before = await stat(file);
    const bytes = await readFile(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(file, 'utf8')).toBe(bytes);
  });

  it('refuses a measure that is neither the case’s nor the analyst’s own', async () => {
    await expect(
      store.saveFigureText('japan-trump', 'u-nothing', false, EDITED),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('u-nothing') });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a version 3 file written before figure texts, keeps its verdicts, then adds them', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    const old = {
      schemaVersion: 3,
      caseId: 'japan-trump',
      verdicts: [
        {
          issue: 'trade',
          dimension: 'tariffs',
          pair: { from: 'trump1', to: 'trump2' },
          verdict: 'intensified',
          rationale: 'Harsher',
          updatedAt: '2025-03-01T10:00:00.000Z',
        },
      ],
    };
    await writeFile(file, JSON.stringify(old));
    const read = await store.read('japan-trump');
    expect(read).toMatchObject({ status: 'ok', layer: { verdicts: [{ rationale: 'Harsher' }] } });
    expect(read.layer.figureTexts).toBeUndefined();
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.verdicts).toHaveLength(1);
    expect(onDisk.figureTexts).toHaveLength(1);
  });

  it('reports two entries for one measure by place, and never writes that file', async () => {
    await store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    onDisk.figureTexts.push(onDisk.figureTexts[0]);
    const text = JSON.stringify(onDisk, null, 2);
    await writeFile(file, text);
    const read = await store.read('japan-trump');
    expect(read.status).toBe('broken');
    expect(read.status === 'broken' && read.message).toContain('figureTexts');
    await expect(
      store.saveFigureText('japan-trump', 'fms-purchases', true, { text: {} }),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
