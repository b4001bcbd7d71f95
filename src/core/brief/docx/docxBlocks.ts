/** A note's blocks in Word: headings under the issue's own, lists, quotes, code, rules, tables. */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type Table,
} from 'docx';
import type { BriefBlock } from '../briefModel';
import type { DocxFootnotes } from './docxCitations';
import { inlinesRuns, MONO_FONT } from './docxInline';
import { textTable } from './docxTable';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The heading style of `level` (1–6), moved `shift` levels down and kept at most Heading 6. */
export function headingLevel(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.max(0, Math.min(5, level - 1))]!;
}

export const ORDERED_LIST = 'brief-ordered-list';

/** The numbering an ordered list of a note uses; each list restarts it (its `instance`). */
export const NOTE_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

interface Context {
  readonly notes: DocxFootnotes;
  readonly shift: number;
  /** Counts the ordered lists written, so each starts from its own number. */
  readonly lists: { count: number };
}

type Block = Paragraph | Table;

function blockParts(block: BriefBlock, ctx: Context, depth: number, quoted: boolean): Block[] {
  const indent = quoted ? { indent: { left: 720 } } : {};
  const marks = quoted ? { italics: true } : {};
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: headingLevel(block.level + ctx.shift),
          children: inlinesRuns(block.content, ctx.notes),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ ...indent, children: inlinesRuns(block.content, ctx.notes, marks) })];
    case 'list': {
      const instance = block.ordered ? ++ctx.lists.count : 0;
      return block.items.flatMap((item) =>
        item.flatMap((b, i) => {
          const parts = blockParts(b, ctx, depth + 1, quoted);
          // The item's first paragraph carries the bullet or number; the rest are indented.
          if (i > 0 || !(parts[0] instanceof Paragraph) || b.kind !== 'paragraph') return parts;
          const content = inlinesRuns(b.content, ctx.notes, marks);
          const level = Math.min(3, depth);
          const first = block.ordered
            ? new Paragraph({
                numbering: { reference: ORDERED_LIST, level, instance },
                children: content,
              })
            : new Paragraph({ bullet: { level }, children: content });
          return [first, ...parts.slice(1)];
        }),
      );
    }
    case 'quote':
      return block.blocks.flatMap((b) => blockParts(b, ctx, depth, true));
    case 'code':
      return block.text.split('\n').map(
        (line) =>
          new Paragraph({
            ...indent,
            spacing: { after: 0 },
            children: [new TextRun({ text: line, font: MONO_FONT, size: 18 })],
          }),
      );
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          children: [],
        }),
      ];
    case 'table':
      return [
        textTable(
          block.header.map((c) => inlinesRuns(c, ctx.notes)),
          block.rows.map((r) => r.map((c) => inlinesRuns(c, ctx.notes))),
        ),
        new Paragraph({ children: [] }),
      ];
  }
}

/** The blocks of a note, its headings `shift` levels under its own. */
export function blocksParts(
  blocks: readonly BriefBlock[],
  notes: DocxFootnotes,
  shift: number,
  lists: { count: number },
): Block[] {
  const ctx: Context = { notes, shift, lists };
  return blocks.flatMap((b) => blockParts(b, ctx, 0, false));
}
