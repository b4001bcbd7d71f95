/**
 * `npm run bench`: measures Diptych against the browser host in headless Chromium and prints a
 * table (min / median / max over repeated runs), written also to bench/results.json. Each figure
 * that has a baseline is measured beside it in the same run and given as a ratio. Every section
 * records when it ran and the machine's load average then, since a loaded machine slows all.
 *
 *   npm run bench [-- --runs N] [-- --only start,size,switch,scale,charts,figures,citations,briefs,save,typing,memory]
 *
 * With `--only`, the sections not run keep their figures from bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, ROOT } from './support/app';
import { printTable } from './support/report';
import { SECTIONS, type SectionName } from './support/sections';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, only: { type: 'string' } },
});
const RUNS = Math.max(3, Number(values.runs));
const names = Object.keys(SECTIONS) as SectionName[];
const chosen = values.only ? (values.only.split(',') as SectionName[]) : names;
for (const name of chosen) {
  if (!names.includes(name)) {
    console.error(`No bench section "${name}": choose among ${names.join(', ')}.`);
    process.exit(2);
  }
}

const RESULTS = path.join(ROOT, 'bench', 'results.json');

async function previous(): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(RESULTS, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'sections' in parsed
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  console.log(`Building the app and the benchmark pages (${RUNS} runs per figure)…`);
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) throw new Error('the app build failed');
  const browser = await launchChromium();
  const before = await previous();
  const sections = { ...((before['sections'] as Record<string, unknown> | undefined) ?? {}) };
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
  };
  // Written after every section, so a section that fails keeps the figures of those before it.
  const write = (): Promise<void> =>
    writeFile(RESULTS, `${JSON.stringify({ machine, sections }, null, 2)}\n`);
  try {
    for (const name of chosen) {
      const loadBefore = os.loadavg();
      console.log(`… ${name} (load ${loadBefore.map((l) => l.toFixed(1)).join(' ')})`);
      const result = await SECTIONS[name]({ browser, runs: RUNS });
      sections[name] = {
        measuredAt: new Date().toISOString(),
        runs: RUNS,
        // 1, 5 and 15-minute load averages, before and after the section ran.
        load: { before: loadBefore, after: os.loadavg() },
        result,
      };
      await write();
    }
    printTable({ machine, sections });
    console.log('Written to bench/results.json');
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
