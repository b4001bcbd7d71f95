/**
 * Citations: building a style's citeproc-js engine, as the library does it from the style's XML,
 * against Diptych's `buildEngine` (macros found through an index), each style with en-US, in this
 * process (the renderer runs the same JavaScript on its main thread).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import CSL from 'citeproc';
import { buildEngine } from '../../src/core/citation/citeprocEngine';
import { CitationStyle } from '../../src/core/citation/citationStyles';
import { ROOT } from '../support/app';
import { repeat, type Summary } from '../support/stats';

export interface EngineFigures {
  readonly style: CitationStyle;
  readonly library: Summary;
  readonly indexed: Summary;
}

function cslFile(name: string): string {
  return readFileSync(path.join(ROOT, 'src/core/citation/csl', name), 'utf8');
}

function timed(build: () => unknown): Promise<number> {
  const t0 = performance.now();
  build();
  return Promise.resolve(performance.now() - t0);
}

/** Engine build per bundled style, `runs` times each way. */
export async function measureCitationEngines(runs: number): Promise<EngineFigures[]> {
  const locale = cslFile('locales-en-US.xml');
  const sys = { retrieveLocale: () => locale, retrieveItem: () => undefined };
  const figures: EngineFigures[] = [];
  for (const style of CitationStyle.options) {
    const xml = cslFile(`${style}.csl`);
    const library = await repeat(runs, () => timed(() => new CSL.Engine(sys, xml, 'en-US', true)));
    const indexed = await repeat(runs, () => timed(() => buildEngine(sys, xml, 'en-US')));
    figures.push({ style, library, indexed });
  }
  return figures;
}
