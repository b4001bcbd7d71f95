/**
 * The citation style of the workspace, for every screen that cites: the chosen style and
 * language, and once loaded (lazily, see loadCitations) the formatters themselves.
 */
import './citations.css';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  DEFAULT_CITATION_LOCALE,
  DEFAULT_CITATION_STYLE,
  type CitationLocale,
  type CitationStyle,
} from '../../../../core/citation/citationChoices';
import type { Citations } from './loadCitations';

export interface CitationsValue {
  readonly style: CitationStyle;
  readonly locale: CitationLocale;
  readonly choose: (style: CitationStyle, locale: CitationLocale) => void;
  /** Asks for the processor: nothing is loaded (or parsed) until a screen needs a citation. */
  readonly request: () => void;
  /** Undefined while the style loads, or when it failed (`error`). */
  readonly citations: Citations | undefined;
  readonly error: string | undefined;
}

const CitationsContext = createContext<CitationsValue | undefined>(undefined);

interface Props {
  readonly style: CitationStyle | undefined;
  readonly locale: CitationLocale | undefined;
  readonly onChoose: (style: CitationStyle, locale: CitationLocale) => void;
  readonly children: React.ReactNode;
}

export function CitationProvider({ style, locale, onChoose, children }: Props): React.JSX.Element {
  const chosenStyle = style ?? DEFAULT_CITATION_STYLE;
  const chosenLocale = locale ?? DEFAULT_CITATION_LOCALE;
  const [loaded, setLoaded] = useState<{ key: string; citations: Citations }>();
  const [error, setError] = useState<string>();
  const [wanted, setWanted] = useState(false);
  const request = useCallback(() => setWanted(true), []);
  const key = `${chosenStyle}|${chosenLocale}`;

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('./loadCitations')
      .then((m) => {
        const citations = m.loadCitations(chosenStyle, chosenLocale);
        if (live) {
          setLoaded({ key, citations });
          setError(undefined);
        }
      })
      .catch((e: unknown) => {
        if (live) setError(`The citation style could not be loaded: ${(e as Error).message}`);
      });
    return () => {
      live = false;
    };
  }, [chosenStyle, chosenLocale, key, wanted]);

  const value = useMemo<CitationsValue>(
    () => ({
      style: chosenStyle,
      locale: chosenLocale,
      choose: onChoose,
      request,
      citations: loaded?.key === key ? loaded.citations : undefined,
      error,
    }),
    [chosenStyle, chosenLocale, onChoose, request, loaded, key, error],
  );
  return <CitationsContext.Provider value={value}>{children}</CitationsContext.Provider>;
}

/** The workspace's citation style; undefined outside a CitationProvider. */
export function useCitations(): CitationsValue | undefined {
  return useContext(CitationsContext);
}
