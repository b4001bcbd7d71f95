/**
 * A source's reference and in-text citation in the workspace's style. Until the processor has
 * loaded (a moment after start) the plain built-in form stands in, so nothing waits for it.
 */
import { useEffect, useMemo } from 'react';
import type { Source } from '../../../../core/case/schema';
import { fullCitation, shortCitation } from '../../../../core/compare/citation';
import { sourceToCsl } from '../../../../core/citation/sourceToCsl';
import { useCitations } from './CitationProvider';
import type { Citations } from './loadCitations';

export interface References {
  /** The bibliography entry, as text. */
  readonly full: (source: Source) => string;
  /** The in-text citation (or, in a note style, the note). */
  readonly short: (source: Source) => string;
}

const cache = new WeakMap<
  Citations,
  { full: WeakMap<Source, string>; short: WeakMap<Source, string> }
>();

function memo(map: WeakMap<Source, string>, source: Source, make: () => string): string {
  let text = map.get(source);
  if (text === undefined) map.set(source, (text = make()));
  return text;
}

export function referencesOf(citations: Citations | undefined): References {
  if (!citations) return { full: fullCitation, short: shortCitation };
  let maps = cache.get(citations);
  if (!maps) cache.set(citations, (maps = { full: new WeakMap(), short: new WeakMap() }));
  const { full, short } = maps;
  return {
    full: (source) =>
      memo(
        full,
        source,
        () => citations.bibliography([sourceToCsl(source)])[0]?.text ?? fullCitation(source),
      ),
    short: (source) =>
      memo(short, source, () => citations.cite([sourceToCsl(source)], [{ id: source.id }]).text),
  };
}

/**
 * The references of the workspace's style. `now` loads the processor at once (a screen that is
 * about to cite); `idle` once the page has nothing else to do, so that a screen shown at start
 * (the charts) is painted first and takes the style when it is ready.
 */
export function useReferences(load: 'now' | 'idle' = 'now'): References {
  const value = useCitations();
  const request = value?.request;
  useEffect(() => {
    if (!request) return;
    if (load === 'now') return request();
    const id = requestIdleCallback(request, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [request, load]);
  const citations = value?.citations;
  return useMemo(() => referencesOf(citations), [citations]);
}
