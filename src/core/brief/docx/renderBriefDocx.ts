/**
 * A brief as a Word document (DOCX, through the `docx` package, which runs in the page as in
 * Node): title block, the summary of verdicts, per issue area a real table of the side-by-side,
 * the figures and the analyst's note, and the bibliography. A note style's citations are Word
 * footnotes; an in-text style's stay in the text. Load it with `import()`: `docx` is large.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import type { Brief, BriefFigure, BriefSummaryRow } from '../briefModel';
import { NOTE_NUMBERING } from './docxBlocks';
import { DocxFootnotes } from './docxCitations';
import { cslRuns } from './cslRuns';
import type { BriefChartFigure } from './docxFigures';
import { issueParts } from './docxIssue';
import { paragraphTable } from './docxTable';

export type { BriefChartFigure };

export interface DocxOptions {
  /**
   * The PNG of a chart, drawn from its SVG where a canvas exists (the page): Word shows it where
   * it cannot draw the SVG itself. A chart whose PNG fails is said in the document not drawn.
   */
  readonly png: (figure: BriefChartFigure) => Promise<Uint8Array>;
}

function titleBlock(brief: Brief): Paragraph[] {
  const t = brief.title;
  const line = (label: string, value: string): Paragraph =>
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: t.title }),
    line('Case', t.caseTitle),
    line('Periods compared', t.pairLabel),
    line('Scope', t.scopeLabel),
    line('Date', t.dateLabel),
    ...(t.analyst ? [line('Analyst', t.analyst)] : []),
    line('Citations', `${brief.style.label}, ${brief.style.locale}`),
  ];
}

function summaryTable(brief: Brief): Table {
  const { kinds, issues, total } = brief.summary;
  const cells = (row: BriefSummaryRow, bold: boolean): Paragraph[][] =>
    [
      row.label,
      ...kinds.map((k) => String(row.counts[k.kind])),
      String(row.judged),
      String(row.notJudged),
    ].map((text) => [new Paragraph({ children: [new TextRun({ text, bold })] })]);
  return paragraphTable(
    ['Issue area', ...kinds.map((k) => k.label), 'Judged', 'Not judged'],
    [...issues.map((r) => cells(r, false)), cells(total, true)],
  );
}

function bibliography(brief: Brief): Paragraph[] {
  if (brief.bibliography.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'Bibliography' }),
    ...brief.bibliography.map(
      (s) =>
        new Paragraph({
          indent: { left: 720, hanging: 720 },
          spacing: { after: 120 },
          children: cslRuns(s.entry.html),
        }),
    ),
  ];
}

function warnings(brief: Brief): Paragraph[] {
  if (brief.warnings.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'For the reader to check' }),
    ...brief.warnings.map((w) => new Paragraph({ bullet: { level: 0 }, text: w.message })),
  ];
}

/** Every chart's PNG, by measure; a chart whose PNG failed becomes a figure not drawn. */
async function rasterise(
  brief: Brief,
  options: DocxOptions,
): Promise<{ brief: Brief; pngs: Map<string, Uint8Array> }> {
  const pngs = new Map<string, Uint8Array>();
  const issues = await Promise.all(
    brief.issues.map(async (issue) => ({
      ...issue,
      figures: await Promise.all(
        issue.figures.map(async (f): Promise<BriefFigure> => {
          if (f.kind !== 'chart') return f;
          try {
            pngs.set(f.measureId, await options.png(f));
            return f;
          } catch (e) {
            const reason = `Cannot be drawn: ${(e as Error).message}.`;
            return {
              kind: 'not-drawn',
              measureId: f.measureId,
              caption: f.caption,
              sourceLine: f.sourceLine,
              reason,
            };
          }
        }),
      ),
    })),
  );
  return { brief: { ...brief, issues }, pngs };
}

/** The brief as the bytes of a .docx file. */
export async function renderBriefDocx(input: Brief, options: DocxOptions): Promise<Uint8Array> {
  const { brief, pngs } = await rasterise(input, options);
  const notes = new DocxFootnotes(brief.style.placement === 'note');
  const lists = { count: 0 };
  const children = [
    ...titleBlock(brief),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Summary of verdicts' }),
    summaryTable(brief),
    ...brief.issues.flatMap((issue) => issueParts(issue, brief.title, notes, pngs, lists)),
    ...bibliography(brief),
    ...warnings(brief),
  ];
  const doc = new Document({
    title: brief.title.title,
    creator: brief.title.analyst ?? 'Diptych',
    description: `${brief.title.scopeLabel}, ${brief.title.pairLabel}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    numbering: NOTE_NUMBERING,
    footnotes: notes.all(),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
