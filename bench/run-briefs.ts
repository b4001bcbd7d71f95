/** Only the briefs section of the benchmarks: `npx tsx bench/run-briefs.ts [--runs N]`. */
import { parseArgs } from 'node:util';
import { launchChromium } from './support/app';
import { printBriefs } from './sections/briefsReport';
import { measureBriefs } from './sections/briefs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    printBriefs(await measureBriefs(browser, Math.max(3, Number(values.runs))));
  } finally {
    await browser.close();
  }
}

void main();
