/** The benchmark's sections, each run on its own: it starts the hosts and pages it needs. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { measureBriefDocx } from '../sections/briefDocx';
import { measureBriefs } from '../sections/briefs';
import { measureCharts } from '../sections/charts';
import { measureCitationEngines } from '../sections/citations';
import { copyFirstScreen } from '../sections/firstScreenCopy';
import { measureFigures } from '../sections/figures';
import { measureIssueSwitch } from '../sections/issueSwitch';
import { measureMemory } from '../sections/memory';
import { measureNotesSave } from '../sections/notesSave';
import {
  measureAnchorAbsent,
  measureNoteSearch,
  measureOpenLargeCase,
  writeManyNotes,
} from '../sections/scale';
import { measureInitialJs } from '../sections/size';
import { measureStart } from '../sections/start';
import { measureTyping, writeLargeNote } from '../sections/typing';
import { admit, ROOT, startHost } from './app';
import { buildBenchPage } from './buildPages';
import { serveStatic } from './staticServer';

export interface SectionContext {
  readonly browser: Browser;
  readonly runs: number;
}

/** Runs `use` with a static server of a benchmark page, built first. */
async function withPage<T>(
  page: Parameters<typeof buildBenchPage>[0],
  use: (url: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await buildBenchPage(page);
  const server = await serveStatic(dir);
  try {
    return await use(server.url, dir);
  } finally {
    await server.close();
  }
}

/** Runs `use` with a browser host on a fresh workspace, prepared by `prepare`. */
async function withHost<T, P>(
  browser: Browser,
  prepare: (workspace: string) => Promise<P>,
  use: (url: string, prepared: P) => Promise<T>,
  options: { cases?: string } = {},
): Promise<T> {
  const host = await startHost(options);
  try {
    const prepared = await prepare(host.workspace);
    return await use(await admit(browser, host), prepared);
  } finally {
    await host.stop();
  }
}

const nothing = (): Promise<null> => Promise.resolve(null);

async function withSyntheticCase<T>(use: (cases: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-cases-'));
  try {
    const generated = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'bench/generate-case.ts'), dir, '10000'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (generated.status !== 0) throw new Error('generating the synthetic case failed');
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const SECTIONS = {
  size: () => measureInitialJs(path.join(ROOT, 'out', 'renderer')),
  start: ({ browser, runs }: SectionContext) =>
    withPage('blank', (blank) =>
      withPage('recharts-page', (recharts) =>
        withPage('first-screen', (firstScreen, dir) =>
          withHost(browser, nothing, async (app) => {
            await copyFirstScreen(browser, app, path.join(ROOT, 'out', 'renderer'), dir);
            return measureStart(browser, app, { blank, recharts, firstScreen }, runs);
          }),
        ),
      ),
    ),
  switch: ({ browser, runs }: SectionContext) =>
    withHost(browser, nothing, (url) => measureIssueSwitch(browser, url, runs * 2)).then(
      async (defaultCase) => ({
        defaultCase,
        synthetic10000: await withSyntheticCase((cases) =>
          withHost(browser, nothing, (url) => measureIssueSwitch(browser, url, runs * 2), {
            cases,
          }),
        ),
      }),
    ),
  scale: async ({ browser, runs }: SectionContext) => ({
    openCase10000: await withSyntheticCase((cases) =>
      withHost(
        browser,
        nothing,
        (url) => measureOpenLargeCase(browser, url, 'synthetic-10000', runs),
        { cases },
      ),
    ),
    searchNotes1000: await withHost(
      browser,
      (workspace) => writeManyNotes(workspace, 1000),
      (url, query) => measureNoteSearch(browser, url, query, runs),
    ),
    anchorAbsent5MB: await measureAnchorAbsent(runs),
  }),
  charts: ({ browser, runs }: SectionContext) =>
    withPage('charts-page', (url) => measureCharts(browser, url, runs)),
  figures: ({ browser, runs }: SectionContext) =>
    withPage('figures-page', (url) => measureFigures(browser, url, runs)),
  citations: ({ runs }: SectionContext) => measureCitationEngines(Math.min(runs, 5)),
  briefs: async ({ browser, runs }: SectionContext) => ({
    ...(await measureBriefs(browser, runs)),
    docx: await measureBriefDocx(runs),
  }),
  save: ({ runs }: SectionContext) => measureNotesSave(runs * 5),
  typing: ({ browser }: SectionContext) =>
    withHost(
      browser,
      (workspace) => writeLargeNote(workspace, 'trade'),
      (url, bytes) => measureTyping(browser, url, bytes, 3, 60),
    ),
  // A fresh workspace, so no other issue area is remembered in the settings.
  memory: ({ browser }: SectionContext) =>
    withHost(browser, nothing, (url) => measureMemory(browser, url, 20)),
} as const;

export type SectionName = keyof typeof SECTIONS;
export type SectionResults = {
  readonly [K in SectionName]?: {
    readonly measuredAt: string;
    readonly runs: number;
    readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
    readonly result: Awaited<ReturnType<(typeof SECTIONS)[K]>>;
  };
};
