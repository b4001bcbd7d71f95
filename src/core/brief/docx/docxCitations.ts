/**
 * Citations in a Word brief: a note style's become footnotes, numbered as Word numbers them; an
 * in-text style's stay in the running text, in the style's own form.
 */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { BriefCitation } from '../briefModel';
import { cslRuns } from './cslRuns';

/** The footnotes of one document, collected as its citations are written. */
export class DocxFootnotes {
  private readonly notes: Record<string, { readonly children: readonly Paragraph[] }> = {};
  private count = 0;

  constructor(private readonly useNotes: boolean) {}

  /** The runs that cite `citation` where it stands: a footnote mark, or the in-text form. */
  cite(citation: BriefCitation): ParagraphChild[] {
    if (this.useNotes && citation.note) {
      this.count += 1;
      this.notes[String(this.count)] = {
        children: [new Paragraph({ children: cslRuns(citation.note.html) })],
      };
      return [new FootnoteReferenceRun(this.count)];
    }
    return cslRuns(citation.inText.html);
  }

  /** The citation after a word or a quote: a footnote mark at once, an in-text form spaced. */
  after(citation: BriefCitation): ParagraphChild[] {
    const runs = this.cite(citation);
    return runs[0] instanceof FootnoteReferenceRun ? runs : [new TextRun(' '), ...runs];
  }

  /** Every footnote written so far, by number, as `docx`'s Document takes them. */
  all(): Readonly<Record<string, { readonly children: readonly Paragraph[] }>> {
    return this.notes;
  }
}
