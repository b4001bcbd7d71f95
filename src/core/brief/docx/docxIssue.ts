/** One issue area of a Word brief: its side-by-side table, its figures and the analyst's note. */
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { BriefClaim, BriefIssue, BriefRow, BriefTitle } from '../briefModel';
import { blocksParts } from './docxBlocks';
import type { DocxFootnotes } from './docxCitations';
import { figureParagraphs } from './docxFigures';
import { paragraphTable, TEXT_WIDTH } from './docxTable';

const MUTED = '555555';
/**
 * Row | period A | period B | verdict: the claims get the room, and the row column holds a long
 * word ("investment", "minilateralism") in bold on one line even in a wider substitute font.
 */
const SIDE_BY_SIDE_WIDTHS = [0.2, 0.29, 0.29, 0.22].map((f) => Math.floor(TEXT_WIDTH * f));

function claimParagraphs(claim: BriefClaim, notes: DocxFootnotes): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 60, after: 0 },
      children: [
        new TextRun({ text: `${claim.modalityLabel}. `, bold: true }),
        new TextRun(claim.statement),
        ...(claim.date ? [new TextRun({ text: ` (${claim.date})`, color: MUTED })] : []),
      ],
    }),
    new Paragraph({
      indent: { left: 160 },
      spacing: { after: 80 },
      children: [new TextRun(`“${claim.quote}”`), ...notes.after(claim.citation)],
    }),
  ];
}

function side(claims: readonly BriefClaim[], notes: DocxFootnotes): Paragraph[] {
  if (claims.length === 0) {
    return [
      new Paragraph({
        children: [new TextRun({ text: 'No claim in the source', italics: true, color: MUTED })],
      }),
    ];
  }
  return claims.flatMap((c) => claimParagraphs(c, notes));
}

function verdictParagraphs(row: BriefRow): Paragraph[] {
  if (!row.verdict) {
    return [
      new Paragraph({
        children: [new TextRun({ text: 'Not judged', italics: true, color: MUTED })],
      }),
    ];
  }
  return [
    new Paragraph({ children: [new TextRun({ text: row.verdict.label, bold: true })] }),
    ...row.verdict.rationale
      .split(/\n+/)
      .filter((line) => line.trim() !== '')
      .map((line) => new Paragraph({ children: [new TextRun(line)] })),
  ];
}

/** The side-by-side of an issue: one Word row per dimension. */
export function sideBySideTable(issue: BriefIssue, title: BriefTitle, notes: DocxFootnotes): Table {
  return paragraphTable(
    ['Row', title.fromLabel, title.toLabel, 'Verdict and rationale'],
    issue.rows.map((row) => [
      [new Paragraph({ children: [new TextRun({ text: row.label, bold: true })] })],
      side(row.from, notes),
      side(row.to, notes),
      verdictParagraphs(row),
    ]),
    SIDE_BY_SIDE_WIDTHS,
  );
}

/** Everything the brief says of one issue area, in reading order. */
export function issueParts(
  issue: BriefIssue,
  title: BriefTitle,
  notes: DocxFootnotes,
  pngs: ReadonlyMap<string, Uint8Array>,
  lists: { count: number },
): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: issue.label }),
    ...(issue.description
      ? [new Paragraph({ children: [new TextRun({ text: issue.description, italics: true })] })]
      : []),
    sideBySideTable(issue, title, notes),
    ...(issue.figures.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Figures' }),
          ...issue.figures.flatMap((f) => figureParagraphs(f, pngs.get(f.measureId))),
        ]
      : []),
    ...(issue.note.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Analyst’s note' }),
          ...blocksParts(issue.note, notes, 2, lists),
        ]
      : []),
  ];
}
