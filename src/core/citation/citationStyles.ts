/** The citation styles and locales Diptych bundles (src/core/citation/csl/, see its NOTICE). */
import { z } from 'zod';

export const CitationStyle = z.enum([
  'chicago-author-date',
  'apa',
  'harvard-cite-them-right',
  'chicago-notes-bibliography',
]);
export type CitationStyle = z.infer<typeof CitationStyle>;

export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyle, string>> = {
  'chicago-author-date': 'Chicago (author-date)',
  apa: 'APA 7th edition',
  'harvard-cite-them-right': 'Harvard (Cite Them Right)',
  'chicago-notes-bibliography': 'Chicago (notes and bibliography, footnotes)',
};

export const CitationLocale = z.enum(['en-US', 'en-GB', 'ja-JP']);
export type CitationLocale = z.infer<typeof CitationLocale>;

export const CITATION_LOCALE_LABELS: Readonly<Record<CitationLocale, string>> = {
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
  'ja-JP': '日本語',
};

export const DEFAULT_CITATION_STYLE: CitationStyle = 'chicago-author-date';
export const DEFAULT_CITATION_LOCALE: CitationLocale = 'en-US';
