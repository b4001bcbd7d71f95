/** The case's sources as a file another reference manager reads: CSL-JSON, BibTeX or RIS. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../../core/citation/cslItem';
import type { BibliographyFormat } from './readBibliography';

export const BIBLIOGRAPHY_EXTENSIONS: Readonly<Record<BibliographyFormat, string>> = {
  'csl-json': 'json',
  bibtex: 'bib',
  ris: 'ris',
};

/** A key BibTeX and Pandoc both read as it is. */
const SAFE_KEY = /^[A-Za-z0-9_][A-Za-z0-9_:.+-]{0,199}$/;

// citation-js would replace a key holding `-` (every Diptych id) by one of its own making; the
// keys given here are checked by SAFE_KEY instead, so the notes' `[@key]` match the file.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/**
 * Writes `items` in `format`. Each item's key is its `citation-key` where that is a safe key,
 * else its id (which must then be one).
 */
export function writeBibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  const keyed = items.map((i) => {
    const given = i['citation-key'];
    const key = given !== undefined && SAFE_KEY.test(given) ? given : String(i.id);
    if (!SAFE_KEY.test(key)) throw new Error(`'${key}' cannot be a citation key`);
    return { ...i, id: key, 'citation-key': key };
  });
  const cite = new Cite(keyed);
  return cite.format(format, { format: 'text' });
}
