/**
 * The bundled CSL styles and locales, as text (see csl/NOTICE for where they come from). Import
 * this module lazily (`import()`): its XML is some 600 KB, which no screen needs at start.
 */
import apa from './csl/apa.csl?raw';
import chicagoAuthorDate from './csl/chicago-author-date.csl?raw';
import chicagoNotes from './csl/chicago-notes-bibliography.csl?raw';
import harvard from './csl/harvard-cite-them-right.csl?raw';
import enGb from './csl/locales-en-GB.xml?raw';
import enUs from './csl/locales-en-US.xml?raw';
import jaJp from './csl/locales-ja-JP.xml?raw';
import type { CitationLocale, CitationStyle } from './citationStyles';
import type { CslFiles } from './formatCitation';

const STYLES: Readonly<Record<CitationStyle, string>> = {
  'chicago-author-date': chicagoAuthorDate,
  apa,
  'harvard-cite-them-right': harvard,
  'chicago-notes-bibliography': chicagoNotes,
};

const LOCALES: Readonly<Record<CitationLocale, string>> = {
  'en-US': enUs,
  'en-GB': enGb,
  'ja-JP': jaJp,
};

/** The files of a bundled style and locale. */
export function bundledCslFiles(style: CitationStyle, locale: CitationLocale): CslFiles {
  return { style: STYLES[style], locale: LOCALES[locale], lang: locale };
}
