import { memo } from 'react';
import { highlightSegments, type SearchTerms } from '../../../core/compare/search';

interface Props {
  readonly text: string;
  readonly terms: SearchTerms;
}

/** Text with the search hits marked. */
export const Highlighted = memo(function Highlighted({ text, terms }: Props): React.JSX.Element {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((s, i) =>
        s.hit ? <mark key={i}>{s.text}</mark> : s.text,
      )}
    </>
  );
});
