/** The two choices citations depend on: the style and the language, remembered per workspace. */
import { useEffect } from 'react';
import {
  CITATION_LOCALE_LABELS,
  CITATION_STYLE_LABELS,
  CitationLocale,
  CitationStyle,
} from '../../../../core/citation/citationStyles';
import { useCitations } from './CitationProvider';
import { Options } from '../Options';

export function CitationStyleSettings(): React.JSX.Element | null {
  const citations = useCitations();
  const request = citations?.request;
  useEffect(() => request?.(), [request]);
  if (!citations) return null;
  const { style, locale, choose } = citations;
  return (
    <fieldset className="citation-settings">
      <legend>Citations</legend>
      <label>
        Citation style{' '}
        <select value={style} onChange={(e) => choose(CitationStyle.parse(e.target.value), locale)}>
          <Options
            items={CitationStyle.options}
            value={(s) => s}
            label={(s) => CITATION_STYLE_LABELS[s]}
          />
        </select>
      </label>{' '}
      <label>
        Citation language{' '}
        <select
          value={locale}
          onChange={(e) => choose(style, CitationLocale.parse(e.target.value))}
        >
          <Options
            items={CitationLocale.options}
            value={(l) => l}
            label={(l) => CITATION_LOCALE_LABELS[l]}
          />
        </select>
      </label>
      {citations.error && <p className="form-failure">{citations.error}</p>}
    </fieldset>
  );
}
