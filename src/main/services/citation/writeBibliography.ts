/** The case's sources as a file another reference manager reads: CSL-JSON, BibTeX or RIS. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../../core/citation/cslItem';
import type { BibliographyFormat } from './readBibliography';

export const BIBLIOGRAPHY_EXTENSIONS: Readonly<Record<BibliographyFormat, string>> = {
  'csl-json': 'json',
  bibtex: 'bib',
  ris: 'ris',
};

export function writeBibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  const cite = new Cite(items.map((i) => ({ ...i })));
  return cite.format(format, { format: 'text' });
}
