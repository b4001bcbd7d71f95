/**
 * The overview as a figure: issue areas × their rows, each cell coloured by the verdict for one
 * pair, with a legend that counts each verdict.
 */
import type { Case } from '../case/schema';
import { fullCitation } from '../compare/citation';
import { pairLabel } from '../compare/pairs';
import { VERDICT_ORDER, tallyVerdicts, verdictFor } from '../compare/verdicts';
import type { UserLayer } from '../user/schema';
import { VERDICT_LABELS, type PeriodPair, type VerdictKind } from '../user/verdict';
import { INK, MUTED, VERDICT_COLORS } from './figureMarks';
import { frameFor, frameSvg, textLine } from './figureFrame';
import { MARGIN, STYLES, lineHeight } from './sideBySideLayout';
import type { FigurePage } from './sideBySideSvg';
import { DOUBLE_COLUMN_PX } from './svgText';
import { wrapLines, type MeasureText } from './wrapLines';

const GAP = 4;
const PAD = 4;
const CELL_TEXT = { size: 7.5, weight: 500 } as const;
const CELL_VERDICT = { size: 7.5, weight: 600 } as const;

/** The source line of a whole case for a pair: every source behind a claim of either period. */
export function caseSourceLine(kase: Case, pair: PeriodPair): string {
  const used = new Set(
    kase.claims
      .filter((c) => c.period === pair.from || c.period === pair.to)
      .map((c) => c.evidence.source),
  );
  const cited = kase.sources.filter((s) => used.has(s.id));
  return cited.length ? `Source: ${cited.map(fullCitation).join('; ')}` : 'Source: none';
}

function legendSvg(
  counts: readonly { label: string; count: number; kind: keyof typeof VERDICT_COLORS }[],
  top: number,
  width: number,
  measure: MeasureText,
): { svg: string; height: number } {
  let x = MARGIN;
  let y = top;
  const parts: string[] = [];
  for (const item of counts) {
    const text = `${item.label}: ${item.count}`;
    const w = 14 + measure(text, CELL_TEXT.size, CELL_TEXT.weight) + 12;
    if (x + w > width - MARGIN) {
      x = MARGIN;
      y += 14;
    }
    const c = VERDICT_COLORS[item.kind];
    parts.push(
      `<rect x="${x}" y="${y + 1}" width="10" height="10" rx="2" fill="${c.bg}" stroke="${c.ink}" stroke-width="0.75"/>`,
    );
    parts.push(textLine(text, x + 14, y + 1.5, CELL_TEXT, INK));
    x += w;
  }
  return { svg: parts.join(''), height: y - top + 18 };
}

export interface OverviewOptions {
  /** The page's width in CSS pixels; a double column by default. */
  readonly width?: number;
  /** A `<style>` for the page: the embedded font, so it renders the same anywhere. */
  readonly css?: string;
}

/** The overview of `pair` as one SVG page. */
export function overviewSvg(
  kase: Case,
  layer: UserLayer,
  pair: PeriodPair,
  measure: MeasureText,
  options: OverviewOptions = {},
): FigurePage {
  const width = options.width ?? DOUBLE_COLUMN_PX;
  const labels = new Map(kase.periods.map((p) => [p.id, p.label]));
  const direction = pairLabel(pair, labels);
  const tally = tallyVerdicts(kase, layer, pair);
  const widest = Math.max(...kase.issues.map((i) => i.dimensions.length));
  const inner = width - 2 * MARGIN;
  const labelWidth = Math.round(inner * 0.2);
  // The column is as wide as its head ("Judged"), so the head never runs into "Rows".
  const judgedWidth = Math.max(
    34,
    Math.ceil(measure('Judged', STYLES.head.size, STYLES.head.weight)) + 4,
  );
  const cellWidth = (inner - labelWidth - judgedWidth - GAP * (widest + 1)) / widest;
  const counts = [
    ...VERDICT_ORDER.map((k) => ({ label: VERDICT_LABELS[k], count: tally.counts[k], kind: k })),
    { label: 'Not judged', count: tally.notJudged, kind: 'none' as const },
  ];
  const frame = frameFor(
    {
      kicker: '',
      title: '',
      subtitle: '',
      source: caseSourceLine(kase, pair),
      pageNote: '',
      alt: { title: '', desc: '' },
    },
    width,
    measure,
  );
  let y = frame.headerHeight;
  const legend = legendSvg(counts, y, width, measure);
  const parts = [legend.svg];
  y += legend.height;
  parts.push(
    textLine('Issue area', MARGIN, y, STYLES.head, INK),
    textLine('Judged', MARGIN + labelWidth + GAP, y, STYLES.head, INK),
    textLine('Rows', MARGIN + labelWidth + judgedWidth + 2 * GAP, y, STYLES.head, INK),
  );
  y += lineHeight(STYLES.head) + 4;
  for (const issue of kase.issues) {
    const issueTally = tallyVerdicts(kase, layer, pair, issue.id);
    const label = wrapLines(issue.label, labelWidth, STYLES.rowLabel, measure);
    const cells = issue.dimensions.map((d) => {
      const entry = verdictFor(layer, issue.id, d.id, pair);
      const kind: VerdictKind | 'none' = entry?.verdict ?? 'none';
      const verdict = entry ? VERDICT_LABELS[entry.verdict] : 'Not judged';
      return {
        kind,
        lines: wrapLines(d.label, cellWidth - 2 * PAD, CELL_TEXT, measure),
        verdict: wrapLines(verdict, cellWidth - 2 * PAD, CELL_VERDICT, measure),
      };
    });
    const cellHeight = Math.max(
      ...cells.map((c) => (c.lines.length + c.verdict.length) * lineHeight(CELL_TEXT) + 2 * PAD),
    );
    const rowHeight = Math.max(cellHeight, label.length * lineHeight(STYLES.rowLabel) + 2 * PAD);
    label.forEach((line, i) =>
      parts.push(
        textLine(line, MARGIN, y + PAD + i * lineHeight(STYLES.rowLabel), STYLES.rowLabel, INK),
      ),
    );
    parts.push(
      textLine(
        `${issueTally.judged}/${issueTally.rows}`,
        MARGIN + labelWidth + GAP,
        y + PAD,
        STYLES.statement,
        MUTED,
      ),
    );
    cells.forEach((cell, i) => {
      const x = MARGIN + labelWidth + judgedWidth + 2 * GAP + i * (cellWidth + GAP);
      const c = VERDICT_COLORS[cell.kind];
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${cellWidth.toFixed(1)}" height="${cellHeight}" rx="3" fill="${c.bg}" stroke="${c.ink}" stroke-width="0.75"/>`,
      );
      let t = y + PAD;
      for (const line of cell.lines) {
        parts.push(textLine(line, x + PAD, t, CELL_TEXT, INK));
        t += lineHeight(CELL_TEXT);
      }
      for (const line of cell.verdict) {
        parts.push(textLine(line, x + PAD, t, CELL_VERDICT, c.ink));
        t += lineHeight(CELL_TEXT);
      }
    });
    y += rowHeight + GAP;
  }
  const counted = counts.filter((c) => c.count > 0).map((c) => `${c.label} ${c.count}`);
  const { svg, height } = frameSvg(
    {
      kicker: kase.title,
      title: 'Overview of verdicts',
      subtitle: `${direction}: ${tally.judged} of ${tally.rows} comparisons judged`,
      source: caseSourceLine(kase, pair),
      pageNote: '',
      ...(options.css !== undefined && { css: options.css }),
      alt: {
        title: `Overview of verdicts, ${direction}`,
        desc: `${tally.judged} of ${tally.rows} comparisons judged for ${direction}. ${counted.join(', ')}.`,
      },
    },
    frame,
    width,
    y - frame.headerHeight,
    parts.join(''),
  );
  return { svg, width, height, rows: kase.issues.map((i) => i.label) };
}
