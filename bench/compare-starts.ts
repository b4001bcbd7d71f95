/**
 * The start-up of several builds side by side, for reading what one change does:
 *
 *   npx tsx bench/compare-starts.ts <checkout> <checkout>… [--runs N]
 *
 * Each checkout has been built (`npm run build`). Their browser hosts run at once, and each
 * round opens every build's first screen in turn with the blank page between them, so every
 * build meets the machine as it is at that moment; a loaded machine slows all alike. Prints each
 * build's first chart (min / median / max over the runs, after one round not counted) and its
 * ratio to the blank page's median.
 */
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { admit, launchChromium, newContext, startHost, type Host } from './support/app';
import { buildBenchPage } from './support/buildPages';
import { serveStatic } from './support/staticServer';
import { summarize, type Summary } from './support/stats';
import { FIRST_CHART_MARK, markTime } from './sections/start';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '15' } },
  allowPositionals: true,
});
const runs = Math.max(3, Number(values.runs));
if (positionals.length === 0) {
  console.error('Name at least one built checkout: npx tsx bench/compare-starts.ts <dir>…');
  process.exit(2);
}

async function main(): Promise<void> {
  const blankPage = await serveStatic(await buildBenchPage('blank'));
  const browser = await launchChromium();
  const hosts: Host[] = [];
  try {
    for (const dir of positionals) hosts.push(await startHost({ root: path.resolve(dir) }));
    const urls = [];
    for (const host of hosts) urls.push(await admit(browser, host));
    const pages = [
      ...urls.map((url) => ({ url, mark: FIRST_CHART_MARK, times: [] as number[] })),
      { url: blankPage.url, mark: 'blank/painted', times: [] as number[] },
    ];
    for (let round = 0; round <= runs; round++) {
      for (const page of pages) {
        const context = await newContext(browser, { viewport: { width: 1440, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(page.url);
        const t = await markTime(tab, page.mark);
        if (round > 0) page.times.push(t);
        await context.close();
      }
    }
    const blank = summarize(pages.at(-1)!.times);
    const line = (s: Summary): string =>
      `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ms`;
    console.log(
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; ${runs} runs`,
    );
    console.log(`blank page  ${line(blank)}`);
    positionals.forEach((dir, i) => {
      const s = summarize(pages[i]!.times);
      console.log(`${dir}  ${line(s)}  ${(s.median / blank.median).toFixed(2)}× blank`);
    });
  } finally {
    await browser.close();
    for (const host of hosts) await host.stop();
    await blankPage.close();
  }
}

main().catch((error: unknown) => {
  console.error(`The comparison failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
