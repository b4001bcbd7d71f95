/**
 * A chart figure's edited header and footer, remembered in user.json on a real temp folder:
 * written and read back by a fresh store, reset to the case's text, unchanged saves write
 * nothing, a version 3 file from before the field reads and keeps its verdicts, and a broken
 * file is never written.
 */
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userLayerEachTest } from './testing/userLayerEachTest';

const bed = userLayerEachTest('diptych-figure-text-');

const EDITED = {
  text: { title: 'Purchases ≈ ¥700 billion', notes: 'A note of mine' },
  preset: 'single' as const,
  theme: 'grey' as const,
};

describe('figure texts in the user layer', () => {
  it('remembers the edited fields per measure, on disk, for a fresh store', async () => {
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    await bed.store.saveFigureText('japan-trump', 'hns', true, { text: { subtitle: 'Other' } });
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    expect(onDisk.figureTexts).toMatchObject([
      { measure: 'fms-purchases', ...EDITED },
      { measure: 'hns', text: { subtitle: 'Other' } },
    ]);
    const fresh = await bed.reopen();
    const read = await fresh.read('japan-trump');
    expect(read.status).toBe('ok');
    expect(read.layer.figureTexts?.[0]).toMatchObject({ measure: 'fms-purchases', ...EDITED });
  });

  it('replaces a measure’s entry, and forgets it on reset', async () => {
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const next = await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, {
      text: { title: 'Another title' },
    });
    expect(next.layer.figureTexts).toHaveLength(1);
    expect(next.layer.figureTexts?.[0]?.text).toEqual({ title: 'Another title' });
    expect(next.layer.figureTexts?.[0]?.preset).toBeUndefined();
    const reset = await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, null);
    expect(reset.layer.figureTexts).toEqual([]);
    // An input that keeps nothing is a reset too.
    await bed.store.saveFigureText('japan-trump', 'hns', true, EDITED);
    const emptied = await bed.store.saveFigureText('japan-trump', 'hns', true, { text: {} });
    expect(emptied.layer.figureTexts).toEqual([]);
  });

  it('writes nothing when a save changes nothing', async () => {
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const before = await stat(bed.file);
    const bytes = await readFile(bed.file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    expect((await stat(bed.file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(bed.file, 'utf8')).toBe(bytes);
  });

  it('refuses a measure that is neither the case’s nor the analyst’s own', async () => {
    await expect(
      bed.store.saveFigureText('japan-trump', 'u-nothing', false, EDITED),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('u-nothing') });
    await expect(stat(bed.file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a version 3 file written before figure texts, keeps its verdicts, then adds them', async () => {
    await mkdir(path.dirname(bed.file), { recursive: true });
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
    await writeFile(bed.file, JSON.stringify(old));
    const read = await bed.store.read('japan-trump');
    expect(read).toMatchObject({ status: 'ok', layer: { verdicts: [{ rationale: 'Harsher' }] } });
    expect(read.layer.figureTexts).toBeUndefined();
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    expect(onDisk.verdicts).toHaveLength(1);
    expect(onDisk.figureTexts).toHaveLength(1);
  });

  it('reports two entries for one measure by place, and never writes that file', async () => {
    await bed.store.saveFigureText('japan-trump', 'fms-purchases', true, EDITED);
    const onDisk = JSON.parse(await readFile(bed.file, 'utf8'));
    onDisk.figureTexts.push(onDisk.figureTexts[0]);
    const text = JSON.stringify(onDisk, null, 2);
    await writeFile(bed.file, text);
    const read = await bed.store.read('japan-trump');
    expect(read.status).toBe('broken');
    expect(read.status === 'broken' && read.message).toContain('figureTexts');
    await expect(
      bed.store.saveFigureText('japan-trump', 'fms-purchases', true, { text: {} }),
    ).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(bed.file, 'utf8')).toBe(text);
  });
});
