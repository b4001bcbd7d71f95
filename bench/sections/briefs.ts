/**
 * A whole-case brief of the default case (Trump 1.0 → Trump 2.0, every row judged, a note with
 * claim links and citations per issue area) in each format written here: the model and the HTML
 * file, the model and the Markdown zip, and the print view (the HTML) printed to PDF by Chromium
 * as a browser's "Save as PDF" does. Charts are given as SVG of an exported chart's size, since
 * drawing them is the renderer's (the figures section measures that). The baseline is a plain
 * write of the HTML's bytes to a file, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { briefHtml } from '../../src/core/brief/briefHtml';
import { briefMarkdownZip } from '../../src/core/brief/briefMarkdown';
import { buildBrief, type BriefInput } from '../../src/core/brief/buildBrief';
import { shippedCase } from '../../src/core/brief/testing/shippedCase';
import { emptyUserLayer, type UserLayer } from '../../src/core/user/schema';
import { ROOT } from '../support/app';
import { repeat, type Summary } from '../support/stats';

export interface BriefsResult {
  readonly issues: number;
  readonly rows: number;
  readonly htmlBytes: number;
  readonly plainWrite: Summary;
  readonly html: Summary;
  readonly markdown: Summary;
  readonly printPdf: Summary;
  readonly pdfPages: number;
}

const pair = { from: 'trump1', to: 'trump2' };

function benchInput(): BriefInput {
  const kase = shippedCase;
  const csl = (name: string): string =>
    readFileSync(path.join(ROOT, 'src/core/citation/csl', name), 'utf8');
  const layer: UserLayer = {
    ...emptyUserLayer(kase.id),
    verdicts: kase.issues.flatMap((issue) =>
      issue.dimensions.map((d) => ({
        issue: issue.id,
        dimension: d.id,
        pair,
        verdict: 'continuity' as const,
        rationale: `The ${d.label.toLowerCase()} row reads as continuity on the source's claims.`,
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    ),
  };
  const notes = new Map(
    kase.issues.map((issue) => {
      const claims = kase.claims.filter((c) => c.issue === issue.id).slice(0, 4);
      const text = [
        `## ${issue.label}`,
        '',
        ...claims.map((c) => `- ${c.statement} [[claim:${c.id}]] [@hughes-rsis, p. 2]`),
      ].join('\n');
      return [issue.id, text] as const;
    }),
  );
  // An exported chart is some 140 KB, most of it the embedded font.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="661" height="360"><style>@font-face{font-family:Inter;src:url(data:font/woff2;base64,${'A'.repeat(130_000)})}</style><rect width="661" height="360" fill="#fff"/><text x="20" y="40">Chart</text></svg>`;
  const charts = new Map(kase.measures.map((m) => [m.id, { svg, width: 661, height: 360 }]));
  return {
    kase,
    layer,
    scope: { kind: 'case' },
    pair,
    notes,
    charts,
    style: 'chicago-author-date',
    locale: 'en-US',
    files: {
      style: csl('chicago-author-date.csl'),
      locale: csl('locales-en-US.xml'),
      lang: 'en-US',
    },
    analyst: 'Bench Analyst',
    date: '2026-12-01',
  };
}

async function timed(action: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await action();
  return performance.now() - t0;
}

export async function measureBriefs(browser: Browser, runs: number): Promise<BriefsResult> {
  const input = benchInput();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-bench-briefs-'));
  try {
    // Warm-up: the style's engine is built once per style and reused, as in the app.
    const first = briefHtml(buildBrief(input));
    const htmlFile = path.join(dir, 'brief.html');
    const plainWrite = await repeat(runs, () => timed(() => writeFile(htmlFile, first)));
    const html = await repeat(runs, () =>
      timed(() => writeFile(htmlFile, briefHtml(buildBrief(input)))),
    );
    const markdown = await repeat(runs, () =>
      timed(() =>
        writeFile(
          path.join(dir, 'brief.md.zip'),
          briefMarkdownZip(buildBrief(input), input.files.style),
        ),
      ),
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    let pdfPages = 0;
    const printPdf = await repeat(runs, () =>
      timed(async () => {
        await page.setContent(briefHtml(buildBrief(input)), { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
        pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        await writeFile(path.join(dir, 'brief.pdf'), pdf);
      }),
    );
    await context.close();
    const brief = buildBrief(input);
    return {
      issues: brief.issues.length,
      rows: brief.issues.reduce((n, i) => n + i.rows.length, 0),
      htmlBytes: Buffer.byteLength(first),
      plainWrite,
      html,
      markdown,
      printPdf,
      pdfPages,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
