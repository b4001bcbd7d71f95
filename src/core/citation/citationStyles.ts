/** The citation styles and locales Diptych bundles (src/core/citation/csl/, see its NOTICE). */
import { z } from 'zod';
import { CITATION_LOCALES, CITATION_STYLES } from './citationChoices';

export {
  CITATION_LOCALE_LABELS,
  CITATION_STYLE_LABELS,
  DEFAULT_CITATION_LOCALE,
  DEFAULT_CITATION_STYLE,
} from './citationChoices';

export const CitationStyle = z.enum(CITATION_STYLES);
export type CitationStyle = z.infer<typeof CitationStyle>;

export const CitationLocale = z.enum(CITATION_LOCALES);
export type CitationLocale = z.infer<typeof CitationLocale>;
