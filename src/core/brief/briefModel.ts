/**
 * A brief: the comparison of a case (one issue area, several, or all) for one ordered pair of
 * periods, as a document model every format is written from (HTML, Markdown for Pandoc, DOCX,
 * PDF). Everything a format needs is here, already formatted by the citation style, so a writer
 * only lays it out: it never reads the case, the user layer or the citation processor.
 */
import type { CitationLocale, CitationStyle } from '../citation/citationStyles';
import type { CslItem } from '../citation/cslItem';
import type { Formatted } from '../citation/formatCitation';
import type { Modality } from '../case/schema';
import type { PeriodPair, VerdictKind } from '../user/verdict';

/** Which issue areas a brief covers. */
export type BriefScope =
  | { readonly kind: 'issue'; readonly issueId: string }
  | { readonly kind: 'issues'; readonly issueIds: readonly string[] }
  | { readonly kind: 'case' };

/** How the chosen style places a citation: in the running text, or in a footnote. */
export type CitationPlacement = 'in-text' | 'note';

export interface BriefStyle {
  readonly id: CitationStyle;
  readonly locale: CitationLocale;
  /** "Chicago (author-date)". */
  readonly label: string;
  readonly placement: CitationPlacement;
}

/** One cited source of a citation, with the key Pandoc cites it by (its CSL-JSON id). */
export interface BriefCite {
  readonly sourceId: string;
  /** The id of the source's item in the brief's CSL-JSON: `[@key]` in Markdown. */
  readonly key: string;
  /** Where in the source ("A Bumpy Road Ahead?, paragraph 2"), as the case words it. */
  readonly locator?: string;
  /** A CSL locator label (`page`, `chapter`…) when the locator is one; else the locator is a suffix. */
  readonly label?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly suppressAuthor?: boolean;
}

/** A citation of one or more sources, formatted by the chosen style. */
export interface BriefCitation {
  readonly cites: readonly BriefCite[];
  /** Pandoc's form, keys as in `BriefSource.key`: `[@hughes-rsis-2025, A Bumpy Road Ahead?]`. */
  readonly pandoc: string;
  /**
   * The form for the running text: the parenthetical of an in-text style ("(Hughes n.d.)"); for
   * a note style the note's own text, for a format that cannot hold footnotes.
   */
  readonly inText: Formatted;
  /** The footnote's text, when the style is note-based; null for an in-text style. */
  readonly note: Formatted | null;
}

/** A claim of the side-by-side: what the source says, in its own words, and where. */
export interface BriefClaim {
  readonly id: string;
  readonly modality: Modality;
  /** "Fact", "Statement", "Expected", "Assessment". */
  readonly modalityLabel: string;
  readonly statement: string;
  /** The verbatim quote of the source (the selector's `exact`). */
  readonly quote: string;
  /** "March 2019", when the claim is dated. */
  readonly date?: string;
  readonly citation: BriefCitation;
}

export interface BriefVerdict {
  readonly kind: VerdictKind;
  /** "Intensified". */
  readonly label: string;
  /** The analyst's rationale, possibly empty. */
  readonly rationale: string;
}

/** One row of an issue's side-by-side: `row | claims of from | claims of to | verdict`. */
export interface BriefRow {
  readonly dimensionId: string;
  readonly label: string;
  readonly from: readonly BriefClaim[];
  readonly to: readonly BriefClaim[];
  readonly verdict: BriefVerdict | null;
}

/** A chart of one of the issue's measures, or why there is none. */
export type BriefFigure =
  | {
      readonly kind: 'chart';
      readonly measureId: string;
      /** Numbered in the brief's order: "Figure 2". */
      readonly number: number;
      readonly caption: string;
      readonly sourceLine: string;
      readonly altText: string;
      /** A standalone SVG document, light, at a fixed width. */
      readonly svg: string;
      readonly width: number;
      readonly height: number;
      /** `figure-2-<measure>.svg`: the name it has beside a Markdown brief. */
      readonly fileName: string;
    }
  | {
      readonly kind: 'not-drawn';
      readonly measureId: string;
      readonly caption: string;
      readonly sourceLine: string;
      /** Said in the document where the figure would be: "Cannot be drawn: no points…". */
      readonly reason: string;
    };

/** A run of a note's text, as formats lay it out. */
export type BriefInline =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly strong?: boolean;
      readonly emphasis?: boolean;
      readonly code?: boolean;
      readonly strike?: boolean;
    }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly BriefInline[] }
  | { readonly kind: 'break' }
  /** `[[claim:…]]` expanded: the claim's quote and its citation. */
  | { readonly kind: 'claim'; readonly claim: BriefClaim }
  /** `[[claim:…]]` naming no claim of the case: kept as typed, flagged. */
  | { readonly kind: 'claim-unknown'; readonly claimId: string; readonly raw: string }
  /** `[@key]` resolved against the case's sources. */
  | { readonly kind: 'citation'; readonly citation: BriefCitation }
  /** `[@key]` with keys the case has no source for: kept as typed, flagged. */
  | { readonly kind: 'citation-unknown'; readonly raw: string; readonly keys: readonly string[] };

/** A block of a note. */
export type BriefBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly content: readonly BriefInline[] }
  | { readonly kind: 'paragraph'; readonly content: readonly BriefInline[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start?: number;
      readonly items: readonly (readonly BriefBlock[])[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly BriefBlock[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rule' }
  | {
      readonly kind: 'table';
      readonly header: readonly (readonly BriefInline[])[];
      readonly rows: readonly (readonly (readonly BriefInline[])[])[];
    };

/** What the analyst's note flags for the reader to check (an unknown claim or citation key). */
export interface BriefWarning {
  readonly issueId: string;
  readonly message: string;
}

export interface BriefIssue {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly rows: readonly BriefRow[];
  readonly figures: readonly BriefFigure[];
  /** The analyst's note as blocks; empty when the issue has no note. */
  readonly note: readonly BriefBlock[];
}

/** One line of the case summary: verdict counts of one issue area for the pair. */
export interface BriefSummaryRow {
  readonly issueId: string;
  readonly label: string;
  readonly counts: Readonly<Record<VerdictKind, number>>;
  readonly judged: number;
  readonly notJudged: number;
  readonly rows: number;
}

export interface BriefSummary {
  /** The verdict kinds that occur in the brief, in the vocabulary's order: the table's columns. */
  readonly kinds: readonly { readonly kind: VerdictKind; readonly label: string }[];
  readonly issues: readonly BriefSummaryRow[];
  readonly total: BriefSummaryRow;
}

/** A source of the bibliography: its CSL item (for `sources.json`) and its formatted entry. */
export interface BriefSource {
  readonly sourceId: string;
  readonly key: string;
  readonly csl: CslItem;
  readonly entry: Formatted;
}

export interface BriefTitle {
  /** "Japan and the US alliance: Trump 1.0 and Trump 2.0 — Trump 1.0 → Trump 2.0". */
  readonly title: string;
  readonly caseId: string;
  readonly caseTitle: string;
  readonly pair: PeriodPair;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly pairLabel: string;
  /** "Whole case", "Trade", "3 issue areas". */
  readonly scopeLabel: string;
  /** The day the brief was made, ISO (`2026-12-01`) and as printed ("1 December 2026"). */
  readonly date: string;
  readonly dateLabel: string;
  /** From the settings; null when the analyst has not given a name. */
  readonly analyst: string | null;
}

export interface Brief {
  readonly title: BriefTitle;
  readonly style: BriefStyle;
  readonly summary: BriefSummary;
  readonly issues: readonly BriefIssue[];
  /** Every source cited anywhere in the brief, in the style's order. */
  readonly bibliography: readonly BriefSource[];
  readonly warnings: readonly BriefWarning[];
}
