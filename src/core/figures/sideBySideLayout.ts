/**
 * The side-by-side as a journal table: columns fixed by the page width, every text wrapped by
 * measured widths, rows split into pages no taller than a journal page's text block.
 */
import type { FigureClaim, FigureRow, SideBySideModel } from './sideBySideModel';
import { wrapLines, type MeasureText, type TextStyle } from './wrapLines';

export const STYLES = {
  kicker: { size: 10, weight: 500 },
  title: { size: 15, weight: 600 },
  pair: { size: 11, weight: 500 },
  head: { size: 9.5, weight: 600 },
  rowLabel: { size: 9.5, weight: 600 },
  modality: { size: 8, weight: 600 },
  statement: { size: 9, weight: 400 },
  citation: { size: 7.5, weight: 400 },
  verdict: { size: 9, weight: 600 },
  rationale: { size: 8, weight: 400 },
  footer: { size: 7.5, weight: 400 },
} as const satisfies Record<string, TextStyle>;

/** Line height for a style: 1.35 × its size. */
export const lineHeight = (style: TextStyle): number => Math.round(style.size * 1.35 * 10) / 10;

export const MARGIN = 24;
const GAP = 10;
const CELL_PAD = 6;
const CLAIM_GAP = 7;

export interface Columns {
  readonly label: { readonly x: number; readonly width: number };
  readonly from: { readonly x: number; readonly width: number };
  readonly to: { readonly x: number; readonly width: number };
  readonly verdict: { readonly x: number; readonly width: number };
}

export function columnsFor(width: number): Columns {
  const inner = width - 2 * MARGIN;
  const label = Math.round(inner * 0.15);
  const verdict = Math.round(inner * 0.21);
  const side = Math.floor((inner - label - verdict - 3 * GAP) / 2);
  let x = MARGIN;
  const next = (w: number): { x: number; width: number } => {
    const col = { x, width: w };
    x += w + GAP;
    return col;
  };
  return { label: next(label), from: next(side), to: next(side), verdict: next(verdict) };
}

export interface ClaimBlock {
  readonly claim: FigureClaim;
  readonly statement: readonly string[];
  readonly citation: readonly string[];
  readonly height: number;
}

export interface RowBlock {
  readonly row: FigureRow;
  readonly label: readonly string[];
  readonly from: readonly ClaimBlock[];
  readonly to: readonly ClaimBlock[];
  readonly verdict: readonly string[];
  readonly rationale: readonly string[];
  readonly height: number;
}

function claimBlock(claim: FigureClaim, width: number, measure: MeasureText): ClaimBlock {
  const statement = wrapLines(claim.statement, width, STYLES.statement, measure);
  const where = claim.locator ? `${claim.citation}, ${claim.locator}` : claim.citation;
  const citation = wrapLines(`— ${where}`, width, STYLES.citation, measure);
  const height =
    lineHeight(STYLES.modality) +
    statement.length * lineHeight(STYLES.statement) +
    citation.length * lineHeight(STYLES.citation);
  return { claim, statement, citation, height };
}

function sideHeight(blocks: readonly ClaimBlock[]): number {
  if (blocks.length === 0) return lineHeight(STYLES.statement);
  return blocks.reduce((sum, b) => sum + b.height, 0) + CLAIM_GAP * (blocks.length - 1);
}

/** One row with every text wrapped to its column, and the row's height. */
export function rowBlock(row: FigureRow, columns: Columns, measure: MeasureText): RowBlock {
  const label = wrapLines(row.label, columns.label.width, STYLES.rowLabel, measure);
  const from = row.from.map((c) => claimBlock(c, columns.from.width, measure));
  const to = row.to.map((c) => claimBlock(c, columns.to.width, measure));
  const chip = columns.verdict.width - 2 * CELL_PAD;
  const verdict = wrapLines(row.verdict?.label ?? 'Not judged', chip, STYLES.verdict, measure);
  const rationale = row.verdict?.rationale
    ? wrapLines(row.verdict.rationale, columns.verdict.width, STYLES.rationale, measure)
    : [];
  const verdictHeight =
    verdict.length * lineHeight(STYLES.verdict) +
    CELL_PAD +
    (rationale.length ? 4 + rationale.length * lineHeight(STYLES.rationale) : 0);
  const content = Math.max(
    label.length * lineHeight(STYLES.rowLabel),
    sideHeight(from),
    sideHeight(to),
    verdictHeight,
  );
  return { row, label, from, to, verdict, rationale, height: content + 2 * CELL_PAD };
}

/**
 * Rows into pages of at most `maxBody` px of rows each. A row taller than a page gets a page of
 * its own rather than being cut, so no claim is ever split from its citation.
 */
export function paginate(blocks: readonly RowBlock[], maxBody: number): RowBlock[][] {
  const pages: RowBlock[][] = [];
  let page: RowBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    if (page.length > 0 && used + block.height > maxBody) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(block);
    used += block.height;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export { CELL_PAD, CLAIM_GAP };
export type { SideBySideModel };
