/**
 * The citation styles and locales Diptych bundles, and their labels, without their schemas: the
 * first screen needs the defaults before zod is loaded. citationStyles.ts builds the schemas.
 */
export const CITATION_STYLES = [
  'chicago-author-date',
  'apa',
  'harvard-cite-them-right',
  'chicago-notes-bibliography',
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyle, string>> = {
  'chicago-author-date': 'Chicago (author-date)',
  apa: 'APA 7th edition',
  'harvard-cite-them-right': 'Harvard (Cite Them Right)',
  'chicago-notes-bibliography': 'Chicago (notes and bibliography, footnotes)',
};

export const CITATION_LOCALES = ['en-US', 'en-GB', 'ja-JP'] as const;
export type CitationLocale = (typeof CITATION_LOCALES)[number];

export const CITATION_LOCALE_LABELS: Readonly<Record<CitationLocale, string>> = {
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
  'ja-JP': '日本語',
};

export const DEFAULT_CITATION_STYLE: CitationStyle = 'chicago-author-date';
export const DEFAULT_CITATION_LOCALE: CitationLocale = 'en-US';
