/** The side-by-side figure of an issue as SVG pages, ready to be written or rasterised. */
import { INK, MODALITY_COLORS, MUTED, RULE, VERDICT_COLORS, modalityMark } from './figureMarks';
import { frameFor, frameSvg, textLine, type FrameText } from './figureFrame';
import {
  CELL_PAD,
  CLAIM_GAP,
  STYLES,
  columnsFor,
  lineHeight,
  paginate,
  rowBlock,
  type ClaimBlock,
  type Columns,
  type RowBlock,
} from './sideBySideLayout';
import { MODALITY_NAMES, type SideBySideModel } from './sideBySideModel';
import { DOUBLE_COLUMN_PX, PAGE_HEIGHT_PX } from './svgText';
import type { MeasureText } from './wrapLines';

export interface FigurePage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The labels of the rows on this page. */
  readonly rows: readonly string[];
}

export interface SideBySideOptions {
  /** The full source line ("Source: …"), from `sourceLine`. */
  readonly source: string;
  readonly measure: MeasureText;
  readonly width?: number;
  /** The tallest page; longer tables continue on further pages. */
  readonly maxHeight?: number;
  /** The rows to draw, by dimension id; every row when absent. */
  readonly rowIds?: readonly string[];
}

const HEAD_HEIGHT = 22;

function claimSvg(block: ClaimBlock, x: number, top: number): string {
  const { claim } = block;
  const parts = [modalityMark(claim.modality, x, top, 10)];
  parts.push(
    textLine(
      MODALITY_NAMES[claim.modality],
      x + 13,
      top + 0.5,
      STYLES.modality,
      MODALITY_COLORS[claim.modality],
    ),
  );
  let y = top + lineHeight(STYLES.modality);
  for (const line of block.statement) {
    parts.push(textLine(line, x, y, STYLES.statement, INK));
    y += lineHeight(STYLES.statement);
  }
  for (const line of block.citation) {
    parts.push(textLine(line, x, y, STYLES.citation, MUTED, ' font-style="italic"'));
    y += lineHeight(STYLES.citation);
  }
  return parts.join('');
}

function sideSvg(blocks: readonly ClaimBlock[], x: number, top: number): string {
  if (blocks.length === 0)
    return textLine('No claim in the source', x, top, STYLES.citation, MUTED);
  let y = top;
  return blocks
    .map((b) => {
      const svg = claimSvg(b, x, y);
      y += b.height + CLAIM_GAP;
      return svg;
    })
    .join('');
}

function rowSvg(
  block: RowBlock,
  columns: Columns,
  top: number,
  width: number,
  last: boolean,
): string {
  const y = top + CELL_PAD;
  const parts: string[] = [];
  block.label.forEach((line, i) => {
    const t = y + i * lineHeight(STYLES.rowLabel);
    parts.push(textLine(line, columns.label.x, t, STYLES.rowLabel, INK));
  });
  parts.push(sideSvg(block.from, columns.from.x, y));
  parts.push(sideSvg(block.to, columns.to.x, y));
  const colors = VERDICT_COLORS[block.row.verdict?.kind ?? 'none'];
  const chipHeight = block.verdict.length * lineHeight(STYLES.verdict) + CELL_PAD;
  parts.push(
    `<rect x="${columns.verdict.x}" y="${y - 2}" width="${columns.verdict.width}" height="${chipHeight}" rx="3" fill="${colors.bg}" stroke="${colors.ink}" stroke-width="0.75"/>`,
  );
  block.verdict.forEach((line, i) => {
    const t = y - 2 + CELL_PAD / 2 + i * lineHeight(STYLES.verdict);
    parts.push(textLine(line, columns.verdict.x + CELL_PAD, t, STYLES.verdict, colors.ink));
  });
  let r = y - 2 + chipHeight + 4;
  for (const line of block.rationale) {
    parts.push(textLine(line, columns.verdict.x, r, STYLES.rationale, INK));
    r += lineHeight(STYLES.rationale);
  }
  const bottom = top + block.height;
  // The last row's rule would double the footer's.
  if (!last)
    parts.push(
      `<line x1="${columns.label.x}" x2="${width - columns.label.x}" y1="${bottom}" y2="${bottom}" stroke="${RULE}" stroke-width="0.5"/>`,
    );
  return `<g data-row="${block.row.dimensionId}">${parts.join('')}</g>`;
}

function headSvg(model: SideBySideModel, columns: Columns, top: number, width: number): string {
  const t = top + 4;
  return (
    textLine('Row', columns.label.x, t, STYLES.head, INK) +
    textLine(model.fromLabel, columns.from.x, t, STYLES.head, INK) +
    textLine(model.toLabel, columns.to.x, t, STYLES.head, INK) +
    textLine('Verdict', columns.verdict.x, t, STYLES.head, INK) +
    `<line x1="${columns.label.x}" x2="${width - columns.label.x}" y1="${top + HEAD_HEIGHT - 2}" y2="${top + HEAD_HEIGHT - 2}" stroke="${INK}" stroke-width="1"/>`
  );
}

function describe(model: SideBySideModel, rows: readonly RowBlock[]): string {
  const parts = rows.map((b) => {
    const v = b.row.verdict;
    const verdict = v ? `${v.label}${v.rationale ? ` (${v.rationale})` : ''}` : 'not judged';
    return `${b.row.label}: ${b.row.from.length} claims for ${model.fromLabel}, ${b.row.to.length} for ${model.toLabel}; verdict ${verdict}.`;
  });
  return `Table comparing ${model.issueLabel}, ${model.pairLabel}. ${parts.join(' ')}`;
}

/** The figure's pages: one SVG each, the header and footer on every page. */
export function sideBySideSvg(model: SideBySideModel, options: SideBySideOptions): FigurePage[] {
  const width = options.width ?? DOUBLE_COLUMN_PX;
  const columns = columnsFor(width);
  const wanted = options.rowIds ? new Set(options.rowIds) : undefined;
  const rows = model.rows.filter((r) => !wanted || wanted.has(r.dimensionId));
  const blocks = rows.map((r) => rowBlock(r, columns, options.measure));
  const text = (pageNote: string, page: readonly RowBlock[]): FrameText => ({
    kicker: model.caseTitle,
    title: model.issueLabel,
    subtitle: model.pairLabel,
    source: options.source,
    pageNote,
    alt: {
      title: `${model.issueLabel}, ${model.pairLabel}${pageNote ? ` (${pageNote})` : ''}`,
      desc: describe(model, page),
    },
  });
  const frame = frameFor(text('', blocks), width, options.measure);
  const maxBody =
    (options.maxHeight ?? PAGE_HEIGHT_PX) - frame.headerHeight - frame.footerHeight - HEAD_HEIGHT;
  const pages = paginate(blocks, maxBody);
  if (pages.length === 0) pages.push([]);
  return pages.map((page, index) => {
    const note = pages.length > 1 ? `Page ${index + 1} of ${pages.length}` : '';
    let y = frame.headerHeight;
    let body = headSvg(model, columns, y, width);
    y += HEAD_HEIGHT;
    for (const [i, block] of page.entries()) {
      body += rowSvg(block, columns, y, width, i === page.length - 1);
      y += block.height;
    }
    const bodyHeight = y - frame.headerHeight;
    const { svg, height } = frameSvg(text(note, page), frame, width, bodyHeight, body);
    return { svg, width, height, rows: page.map((b) => b.row.label) };
  });
}
