/**
 * A whole-case brief as DOCX, in this process: building the brief (the citation style's engine
 * already built, as it is once a screen has cited) and writing the Word file. The page draws
 * each chart's SVG and PNG; here every chart is a stand-in SVG with a 100 KB PNG, a 2× chart's
 * size, so the file carries as many bytes as the app's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBrief, type BriefInput, type DrawnChart } from '../../src/core/brief/buildBrief';
import { renderBriefDocx } from '../../src/core/brief/docx/renderBriefDocx';
import { shippedCase } from '../../src/core/brief/testing/shippedCase';
import { emptyUserLayer } from '../../src/core/user/schema';
import { ROOT } from '../support/app';
import { repeat, type Summary } from '../support/stats';

export interface DocxFigures {
  readonly whole: Summary;
  /** Of which writing the Word file, from the built brief. */
  readonly write: Summary;
  readonly bytes: number;
}

function cslFile(name: string): string {
  return readFileSync(path.join(ROOT, 'src/core/citation/csl', name), 'utf8');
}

export async function measureBriefDocx(runs: number): Promise<DocxFigures> {
  const style = 'chicago-notes-bibliography';
  const png = new Uint8Array(
    readFileSync(
      path.join(
        ROOT,
        'e2e/workbench-screens.spec.ts-snapshots/dialog-1024x700-light-browser-linux.png',
      ),
    ),
  );
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="661" height="420"><rect width="661" height="420" fill="#fff"/></svg>';
  const charts = new Map<string, DrawnChart>(
    shippedCase.measures.map((m) => [m.id, { svg, width: 661, height: 420 }]),
  );
  const input: BriefInput = {
    kase: shippedCase,
    layer: emptyUserLayer(shippedCase.id),
    scope: { kind: 'case' },
    pair: { from: 'trump1', to: 'trump2' },
    notes: new Map(shippedCase.issues.map((i) => [i.id, `## ${i.label}\n\nSee [@hughes-rsis].`])),
    charts,
    style,
    locale: 'en-US',
    files: { style: cslFile(`${style}.csl`), locale: cslFile('locales-en-US.xml'), lang: 'en-US' },
    date: '2026-12-01',
  };
  const once = async (): Promise<number> => {
    const bytes = await renderBriefDocx(buildBrief(input), { png: () => Promise.resolve(png) });
    return bytes.length;
  };
  const bytes = await once(); // builds the style's engine, measured in the citations section
  const whole = await repeat(runs, async () => {
    const t0 = performance.now();
    await once();
    return performance.now() - t0;
  });
  const brief = buildBrief(input);
  const write = await repeat(runs, async () => {
    const t0 = performance.now();
    await renderBriefDocx(brief, { png: () => Promise.resolve(png) });
    return performance.now() - t0;
  });
  return { whole, write, bytes };
}
