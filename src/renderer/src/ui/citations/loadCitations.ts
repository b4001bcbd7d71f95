/**
 * The citation processor with its bundled styles: loaded with `import()` only, so citeproc-js
 * and some 600 KB of CSL XML stay out of the JavaScript the workbench starts with.
 */
import { bundledCslFiles } from '../../../../core/citation/bundledCsl';
import type { CitationLocale, CitationStyle } from '../../../../core/citation/citationStyles';
import type { CiteFormatter } from '../../../../core/citation/citationLookup';
import {
  formatBibliography,
  formatCitation,
  isNoteStyle,
  type Formatted,
} from '../../../../core/citation/formatCitation';
import type { CslItem } from '../../../../core/citation/cslItem';

export interface Citations {
  readonly cite: CiteFormatter;
  readonly bibliography: (items: readonly CslItem[]) => readonly (Formatted & { id: string })[];
  readonly noteStyle: boolean;
}

export function loadCitations(style: CitationStyle, locale: CitationLocale): Citations {
  const files = bundledCslFiles(style, locale);
  return {
    cite: (items, cites) => formatCitation(items, cites, files),
    bibliography: (items) => formatBibliography(items, files),
    noteStyle: isNoteStyle(files),
  };
}
