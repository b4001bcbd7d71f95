/**
 * The reliability drills (scripts/drill.ts) with small numbers: every failure count must be 0.
 */
import { describe, expect, it } from 'vitest';
import { runTabsStopDrill } from '../src/main/browser-host/drill/tabsStopDrill';
import { runCorruptionDrill } from '../src/main/services/drill/corruptionDrill';
import { runFullDiskDrill } from '../src/main/services/drill/fullDiskDrill';
import { runKillDrill } from '../src/main/services/drill/killDrill';

describe('reliability drills, short', () => {
  it('50 kills mid-save: nothing torn, no temp file left, no completed save lost', async () => {
    const result = await runKillDrill(50, 7);
    expect(result).toMatchObject({ kills: 50, torn: 0, leftoverTemps: 0, lostSaves: 0 });
    // The kills did land mid-save: otherwise the drill proved nothing.
    expect(result.killsMidSave).toBeGreaterThan(0);
  }, 40_000);

  it('a full disk: files unchanged, errors name the file, saves work once space is freed', async (ctx) => {
    const result = await runFullDiskDrill();
    if (result.rows.length === 0) ctx.skip(result.method);
    expect(result.rows.map((r) => r.target)).toHaveLength(4);
    for (const row of result.rows) {
      expect(row, row.target).toMatchObject({ changed: 0, unreported: 0, notRecovered: 0 });
    }
  }, 20_000);

  it('one corruption per file type: reported by name, never overwritten, app keeps working', async () => {
    const rows = await runCorruptionDrill(2);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      expect(row, row.fileType).toMatchObject({ unreported: 0, overwritten: 0, appBroken: 0 });
      expect(row.corruptions).toBeGreaterThan(0);
    }
  }, 30_000);

  it('the browser host stopped with several tabs saving: every tab’s text is on disk', async () => {
    expect(await runTabsStopDrill(2, 3, 7)).toEqual({ rounds: 2, tries: 6, losses: 0 });
  }, 30_000);
});
