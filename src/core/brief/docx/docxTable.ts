/** Word tables of a brief: a header row repeated on every page, fixed column widths. */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

/** The width of an A4 page's text, in twentieths of a point (210 mm less two 25.4 mm margins). */
export const TEXT_WIDTH = 9026;

const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } as const;

function cell(children: readonly Paragraph[], width: number, header: boolean): TableCell {
  return new TableCell({
    children: children.length > 0 ? [...children] : [new Paragraph({ children: [] })],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: HEADER_SHADING } : {}),
  });
}

/** A table of paragraphs: `widths` in twips, defaulting to equal shares of the text width. */
export function paragraphTable(
  header: readonly string[],
  rows: readonly (readonly (readonly Paragraph[])[])[],
  widths: readonly number[] = header.map(() => Math.floor(TEXT_WIDTH / header.length)),
): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) =>
          cell(
            [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })],
            widths[i]!,
            true,
          ),
        ),
      }),
      ...rows.map(
        (r) =>
          new TableRow({ cantSplit: false, children: r.map((c, i) => cell(c, widths[i]!, false)) }),
      ),
    ],
  });
}

/** A table whose every cell is one paragraph of runs (a note's Markdown table). */
export function textTable(
  header: readonly ParagraphChild[][],
  rows: readonly ParagraphChild[][][],
): Table {
  const columns = Math.max(1, header.length, ...rows.map((r) => r.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const line = (runs: ParagraphChild[] | undefined, header: boolean): TableCell =>
    cell([new Paragraph({ children: runs ?? [] })], width, header);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: Array.from({ length: columns }, (_, i) => line(header[i], true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({ children: Array.from({ length: columns }, (_, i) => line(r[i], false)) }),
      ),
    ],
  });
}
