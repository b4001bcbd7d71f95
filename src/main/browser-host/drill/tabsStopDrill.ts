/**
 * Drill: the browser host is stopped with SIGTERM while several tabs hold unsaved notes. Each
 * round starts the real host, connects `tabs` clients that save only when asked to flush (each
 * taking a random while, up to 1.5 s, well inside the host's 5 s wait), stops the host at once,
 * and checks that every tab's text is on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Scratch } from '../../services/testing/scratch';
import { seededRng } from '../../services/drill/rng';
import { openTab } from '../testing/tabClient';
import { buildHost, startHost } from './hostProcess';

export interface TabsStopDrillResult {
  readonly rounds: number;
  /** Tabs holding unsaved text when the host was stopped. */
  readonly tries: number;
  /** Tabs whose text was not on disk once the host had exited. */
  readonly losses: number;
}

const CASE = 'japan-trump';

export async function runTabsStopDrill(
  rounds = 10,
  tabs = 4,
  seed = 1,
): Promise<TabsStopDrillResult> {
  const rng = seededRng(seed);
  const scratch = new Scratch('diptych-drill-tabs-');
  try {
    const entry = await buildHost(await scratch.dir());
    let losses = 0;
    for (let round = 1; round <= rounds; round += 1) {
      const workspace = await scratch.dir();
      const host = await startHost(entry, workspace);
      const opened = Array.from({ length: tabs }, (_, k) =>
        openTab({
          port: host.port,
          auth: host.auth,
          caseId: CASE,
          issueId: `tab-${k + 1}`,
          text: `Round ${round}, tab ${k + 1}: typed just before the host stopped.`,
          saveDelayMs: rng.int(1500),
        }),
      );
      await Promise.all(opened.map((t) => t.ready));
      await host.stop();
      for (const [k, tab] of opened.entries()) {
        tab.close();
        const file = path.join(workspace, 'notes', CASE, `tab-${k + 1}.md`);
        const text = await readFile(file, 'utf8').catch(() => null);
        if (text !== `Round ${round}, tab ${k + 1}: typed just before the host stopped.`) {
          losses += 1;
        }
      }
    }
    return { rounds, tries: rounds * tabs, losses };
  } finally {
    await scratch.cleanup();
  }
}
