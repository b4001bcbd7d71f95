/**
 * `npm run bench`: measures Diptych against the browser host in headless Chromium and prints a
 * table (min / median / max over repeated runs), written also to bench/results.json. Each figure
 * that has a baseline is measured beside it in the same run and given as a ratio.
 *
 *   npm run bench [-- --runs N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { admit, launchChromium, ROOT, startHost } from './support/app';
import { buildBenchPage } from './support/buildPages';
import { serveStatic } from './support/staticServer';
import type { Summary } from './support/stats';
import { measureCharts } from './sections/charts';
import { measureBriefs } from './sections/briefs';
import { printBriefs } from './sections/briefsReport';
import { measureFigures } from './sections/figures';
import { measureIssueSwitch } from './sections/issueSwitch';
import { measureMemory } from './sections/memory';
import { measureNotesSave } from './sections/notesSave';
import {
  measureAnchorAbsent,
  measureNoteSearch,
  measureOpenLargeCase,
  writeManyNotes,
} from './sections/scale';
import { measureInitialJs } from './sections/size';
import { measureStart } from './sections/start';
import { measureTyping, writeLargeNote } from './sections/typing';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const RUNS = Math.max(3, Number(values.runs));

function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function pct(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
}

function ms(s: Summary): string {
  return `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  console.log(`Building the app and the benchmark pages (${RUNS} runs per figure)…`);
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error('the app build failed');
  const blankDir = await buildBenchPage('blank');
  const rechartsDir = await buildBenchPage('recharts-page');
  const chartsDir = await buildBenchPage('charts-page');
  const figuresDir = await buildBenchPage('figures-page');

  const size = await measureInitialJs(path.join(ROOT, 'out', 'renderer'));
  const notesSave = await measureNotesSave(RUNS * 5);

  const browser = await launchChromium();
  const blank = await serveStatic(blankDir);
  const rechartsPage = await serveStatic(rechartsDir);
  const chartsPage = await serveStatic(chartsDir);
  const figuresPage = await serveStatic(figuresDir);
  const host = await startHost();
  const synthetic = await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-cases-'));
  try {
    const start = await measureStart(
      browser,
      await admit(browser, host),
      blank.url,
      rechartsPage.url,
      RUNS,
    );
    const switchDefault = await measureIssueSwitch(browser, new URL('/', host.url).href, RUNS * 2);

    const generated = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'bench/generate-case.ts'), synthetic, '10000'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (generated.status !== 0) throw new Error('generating the synthetic case failed');
    const bigHost = await startHost({ cases: synthetic });
    const bigUrl = await admit(browser, bigHost);
    const switchLarge = await measureIssueSwitch(browser, bigUrl, RUNS * 2);
    const openLarge = await measureOpenLargeCase(browser, bigUrl, 'synthetic-10000', RUNS).finally(
      () => bigHost.stop(),
    );

    const notesHost = await startHost();
    const query = await writeManyNotes(notesHost.workspace, 1000);
    const noteSearch = await measureNoteSearch(
      browser,
      await admit(browser, notesHost),
      query,
      RUNS,
    ).finally(() => notesHost.stop());
    const anchorAbsent = await measureAnchorAbsent(RUNS);

    const charts = await measureCharts(browser, chartsPage.url, RUNS);
    const figures = await measureFigures(browser, figuresPage.url, RUNS);
    const briefs = await measureBriefs(browser, RUNS);

    const typingHost = await startHost();
    const noteBytes = await writeLargeNote(typingHost.workspace, 'trade');
    const typing = await measureTyping(
      browser,
      await admit(browser, typingHost),
      noteBytes,
      3,
      60,
    ).finally(() => typingHost.stop());

    // A fresh workspace: the runs above leave another issue area remembered in the settings.
    const memoryHost = await startHost();
    const memory = await measureMemory(browser, await admit(browser, memoryHost), 20).finally(() =>
      memoryHost.stop(),
    );

    const results = {
      started,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium: browser.version(),
      },
      runs: RUNS,
      start,
      issueSwitch: { defaultCase: switchDefault, synthetic10000: switchLarge },
      charts,
      figures,
      notes: { save100KB: notesSave, typing1MB: typing },
      memory,
      size,
      scale: {
        openCase10000: openLarge,
        searchNotes1000: noteSearch,
        anchorAbsent5MB: anchorAbsent,
      },
    };
    await writeFile(
      path.join(ROOT, 'bench', 'results.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );

    const rows: [string, string, string][] = [
      [
        'Start: first chart painted, default case',
        ms(start.app),
        `${start.ratio.toFixed(2)}× blank page (${ms(start.blank)})`,
      ],
      [
        'Start: the same, against React + Recharts drawing one chart',
        ms(start.app),
        `${start.ratioToRecharts.toFixed(2)}× Recharts page (${ms(start.recharts)})`,
      ],
      [
        'Issue switch, click event to panes painted, default case',
        ms(switchDefault),
        'target median ≤ 50 ms',
      ],
      ['Issue switch, 10,000 claims', ms(switchLarge), 'target median ≤ 100 ms'],
      [
        `SVG export ${charts.exportSize.width}×${charts.exportSize.height}`,
        ms(charts.svg),
        'target ≤ 50 ms',
      ],
      [
        `PNG 2× export ${charts.exportSize.width}×${charts.exportSize.height}`,
        ms(charts.png2x),
        'target ≤ 300 ms',
      ],
      ['Chart of 5,000 points, animation off', ms(charts.render5000), 'target ≤ 500 ms'],
      [
        `Side-by-side figure, ${figures.issue} (${figures.pages} pages, SVG + PNG 2×)`,
        ms(figures.sideBySide),
        'target ≤ 1 s',
      ],
      [
        'Note save 100 KB, service',
        ms(notesSave.service),
        `${notesSave.ratio.toFixed(2)}× write-file-atomic (${ms(notesSave.plain)}); target ≤ 2×`,
      ],
      [
        'Keystroke, input to next paint, 1 MB note: longest',
        ms(typing.longest),
        `${typing.over16.median} of ${typing.keystrokes} keystrokes over 16 ms (median run)`,
      ],
      [
        'Keystroke, input to next paint, 1 MB note: 95th percentile',
        ms(typing.p95),
        '16 = at most 16 (Event Timing reports nothing shorter)',
      ],
      ['Open the 10,000-claim case (openCase)', ms(openLarge), 'through the browser host'],
      ['Search 1,000 notes (searchNotes)', ms(noteSearch), 'through the browser host'],
      ['Anchor a quote absent from 5 MB of text', ms(anchorAbsent), 'target ≤ 250 ms'],
      [
        'JS heap after GC: loaded → every issue seen → after 20 cycles',
        `${mb(memory.loadedBytes)} → ${mb(memory.afterFirstRoundBytes)} → ${mb(memory.afterCyclesBytes)} MB`,
        `${pct(memory.growthPercent)} from load; ${pct(memory.growthAfterFirstRoundPercent)} once every issue was seen`,
      ],
      [
        'Renderer initial JS',
        `${(size.rawBytes / 1024).toFixed(0)} KB raw`,
        `${(size.gzipBytes / 1024).toFixed(0)} KB gzip`,
      ],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    const width2 = Math.max(...rows.map((r) => r[1].length));
    console.log(`\n${'measure'.padEnd(width)}  ${'min / median / max'.padEnd(width2)}  against`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(width)}  ${b.padEnd(width2)}  ${c}`);
    console.log(
      `\n${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, ${results.machine.platform}, Node ${process.version}, Chromium ${browser.version()}`,
    );
    console.log('Written to bench/results.json');
    console.log('');
    printBriefs(briefs);
  } finally {
    await host.stop();
    await browser.close();
    await blank.close();
    await rechartsPage.close();
    await chartsPage.close();
    await figuresPage.close();
    await rm(synthetic, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
