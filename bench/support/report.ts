/** The benchmark's table: one row per figure, with its baseline or target and the load it ran at. */
import type { Summary } from './stats';
import type { SectionResults } from './sections';

export interface BenchResults {
  readonly machine: {
    readonly cpus: number;
    readonly cpu: string | undefined;
    readonly memoryGiB: number;
    readonly platform: string;
    readonly node: string;
    readonly chromium: string;
  };
  readonly sections: SectionResults;
}

function ms(s: Summary): string {
  return `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;
}

function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function pct(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
}

type Row = readonly [string, string, string];

function rowsOf(s: SectionResults): { readonly section: keyof SectionResults; rows: Row[] }[] {
  const out: { readonly section: keyof SectionResults; rows: Row[] }[] = [];
  const start = s.start?.result;
  if (start) {
    out.push({
      section: 'start',
      rows: [
        [
          'Start: first chart painted, default case',
          ms(start.app),
          `${start.ratio.toFixed(2)}× blank page (${ms(start.blank)}); target ≤ 2×`,
        ],
        [
          'Start: the same, against React + Recharts drawing one chart',
          ms(start.app),
          `${start.ratioToRecharts.toFixed(2)}× Recharts page (${ms(start.recharts)})`,
        ],
        ...('firstScreen' in start
          ? ([
              [
                'Start: the same, against its first screen as HTML and CSS, no script',
                ms(start.app),
                `${start.ratioToFirstScreen.toFixed(2)}× that page (${ms(start.firstScreen)}), ` +
                  `which is ${start.firstScreenToBlank.toFixed(2)}× the blank page`,
              ],
            ] as const)
          : []),
      ],
    });
  }
  const size = s.size?.result;
  if (size) {
    out.push({
      section: 'size',
      rows: [
        [
          'Renderer initial JS',
          `${(size.rawBytes / 1024).toFixed(0)} KB raw`,
          `${(size.gzipBytes / 1024).toFixed(0)} KB gzip; target ≤ 250 KB gzip`,
        ],
      ],
    });
  }
  const typing = s.typing?.result;
  if (typing) {
    out.push({
      section: 'typing',
      rows: [
        [
          'Keystroke, input to next paint, 1 MB note: longest',
          ms(typing.longest),
          `${typing.over16.median} of ${typing.keystrokes} keystrokes over 16 ms (median run)`,
        ],
        [
          'Keystroke, input to next paint, 1 MB note: 95th percentile',
          ms(typing.p95),
          'target ≤ 50 ms; 16 = at most 16 (Event Timing reports nothing shorter)',
        ],
      ],
    });
  }
  const scale = s.scale?.result;
  if (scale) {
    out.push({
      section: 'scale',
      rows: [
        ['Open the 10,000-claim case (openCase)', ms(scale.openCase10000), 'through the host'],
        ['Search 1,000 notes (searchNotes)', ms(scale.searchNotes1000), 'through the host'],
        ['Anchor a quote absent from 5 MB of text', ms(scale.anchorAbsent5MB), 'target ≤ 250 ms'],
      ],
    });
  }
  const sw = s.switch?.result;
  if (sw) {
    out.push({
      section: 'switch',
      rows: [
        ['Issue switch, input event to panes painted', ms(sw.defaultCase), 'target ≤ 50 ms'],
        ['Issue switch, 10,000 claims', ms(sw.synthetic10000), 'target median ≤ 100 ms'],
      ],
    });
  }
  const charts = s.charts?.result;
  if (charts) {
    const size2 = `${charts.exportSize.width}×${charts.exportSize.height}`;
    out.push({
      section: 'charts',
      rows: [
        [`SVG export ${size2}`, ms(charts.svg), 'target ≤ 50 ms'],
        [`PNG 2× export ${size2}`, ms(charts.png2x), 'target ≤ 300 ms'],
        ['Chart of 5,000 points, animation off', ms(charts.render5000), 'target ≤ 500 ms'],
      ],
    });
  }
  const figures = s.figures?.result;
  if (figures) {
    out.push({
      section: 'figures',
      rows: [
        [
          `Side-by-side figure, ${figures.issue} (${figures.pages} pages, SVG + PNG 2×)`,
          ms(figures.sideBySide),
          'target ≤ 1 s',
        ],
        [
          `Chart export preview, preset changed to preview drawn (${figures.chart})`,
          ms(figures.preview),
          'target median ≤ 300 ms',
        ],
        [
          `Chart figure PNG 3×, double column (${figures.png3xWidth} px wide), from the preview's figure`,
          ms(figures.png3x),
          'target median ≤ 300 ms',
        ],
        ...(figures.png3xDrawn
          ? [
              [
                'Chart figure PNG 3×, double column, drawn from a chart never drawn',
                ms(figures.png3xDrawn),
                'drawing included',
              ] as [string, string, string],
            ]
          : []),
      ],
    });
  }
  const citations = s.citations?.result;
  if (citations) {
    out.push({
      section: 'citations',
      rows: citations.map((e) => [
        `Citation engine built, ${e.style} (indexed macros)`,
        ms(e.indexed),
        `citeproc's own build ${ms(e.library)}`,
      ]),
    });
  }
  const briefs = s.briefs?.result;
  if (briefs) {
    const plain = `${briefs.plainWrite.median.toFixed(1)} ms plain write of the HTML`;
    const what = `whole case, ${briefs.issues} issue areas, ${briefs.rows} rows`;
    out.push({
      section: 'briefs',
      rows: [
        [`Brief as HTML (${what})`, ms(briefs.html), plain],
        [`Brief as Markdown for Pandoc, zip (${what})`, ms(briefs.markdown), plain],
        [`Brief as PDF from the print view, ${briefs.pdfPages} pages`, ms(briefs.printPdf), ''],
        [`Brief as Word (${what})`, ms(briefs.docx.whole), 'target median ≤ 2 s'],
      ],
    });
  }
  const save = s.save?.result;
  if (save) {
    out.push({
      section: 'save',
      rows: [
        [
          'Note save 100 KB, service',
          ms(save.service),
          `${save.ratio.toFixed(2)}× write-file-atomic (${ms(save.plain)}); target ≤ 2×`,
        ],
      ],
    });
  }
  const memory = s.memory?.result;
  if (memory) {
    out.push({
      section: 'memory',
      rows: [
        [
          'JS heap after GC: loaded → every issue seen → after 20 cycles',
          `${mb(memory.loadedBytes)} → ${mb(memory.afterFirstRoundBytes)} → ${mb(memory.afterCyclesBytes)} MB`,
          `${pct(memory.growthPercent)} from load; ${pct(memory.growthAfterFirstRoundPercent)} once every issue was seen`,
        ],
      ],
    });
  }
  return out;
}

export function printTable(results: BenchResults): void {
  const groups = rowsOf(results.sections);
  const all = groups.flatMap((g) => g.rows);
  const width = Math.max(...all.map((r) => r[0].length));
  const width2 = Math.max(...all.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(width)}  ${'min / median / max'.padEnd(width2)}  against`);
  for (const { section, rows } of groups) {
    const ran = results.sections[section];
    const load = ran ? ran.load.before.map((l) => l.toFixed(1)).join(' ') : '?';
    console.log(`— ${section}: ${ran?.measuredAt ?? ''}, load average ${load} (1/5/15 min)`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(width)}  ${b.padEnd(width2)}  ${c}`);
  }
  const m = results.machine;
  console.log(
    `\n${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, Chromium ${m.chromium}`,
  );
}
