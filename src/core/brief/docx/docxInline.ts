/** A note's inline runs in Word: formatting, links (web and mail only), claims and citations. */
import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { BriefInline } from '../briefModel';
import { safeHref } from '../briefHtmlBlocks';
import type { DocxFootnotes } from './docxCitations';

export const MONO_FONT = 'Courier New';
/** The colour of what the reader should check (an unknown claim or key), as the HTML flags it. */
const FLAG_COLOR = 'B3261E';

interface Marks {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Inside a link: drawn as Word draws one. */
  readonly link?: boolean;
}

const LINK = { color: '0563C1', underline: {} } as const;

function inlineRuns(run: BriefInline, notes: DocxFootnotes, marks: Marks): ParagraphChild[] {
  switch (run.kind) {
    case 'text':
      return [
        new TextRun({
          text: run.text,
          ...(marks.bold ? { bold: true } : {}),
          ...(marks.italics ? { italics: true } : {}),
          ...(marks.link ? LINK : {}),
          ...(run.strong ? { bold: true } : {}),
          ...(run.emphasis ? { italics: true } : {}),
          ...(run.strike ? { strike: true } : {}),
          ...(run.code ? { font: MONO_FONT } : {}),
        }),
      ];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link': {
      const href = safeHref(run.href);
      if (!href) return run.children.flatMap((c) => inlineRuns(c, notes, marks));
      const linked = { ...marks, link: true };
      return [
        new ExternalHyperlink({
          link: href,
          children: run.children.flatMap((c) => inlineRuns(c, notes, linked)),
        }),
      ];
    }
    case 'claim':
      return [
        new TextRun({ text: `“${run.claim.quote}”`, ...(marks.bold ? { bold: true } : {}) }),
        ...notes.after(run.claim.citation),
      ];
    case 'claim-unknown':
      return [flagged(`${run.raw} (unknown claim)`)];
    case 'citation':
      return notes.cite(run.citation);
    case 'citation-unknown':
      return [flagged(`${run.raw} (unknown source)`)];
  }
}

function flagged(text: string): TextRun {
  return new TextRun({ text, color: FLAG_COLOR, underline: { type: 'wave', color: FLAG_COLOR } });
}

/** The runs of a paragraph of a note. */
export function inlinesRuns(
  runs: readonly BriefInline[],
  notes: DocxFootnotes,
  marks: Marks = {},
): ParagraphChild[] {
  return runs.flatMap((r) => inlineRuns(r, notes, marks));
}
