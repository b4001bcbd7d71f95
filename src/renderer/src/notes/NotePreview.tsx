import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { citationLookupFor } from '../../../core/citation/citationLookup';
import { claimLookupFor } from '../../../core/markdown/claimLookup';
import { noteMarkdownToUntrustedHtml } from '../../../core/markdown/noteMarkdown';
import { openExternalLink } from './openExternalLink';
import { useCitations } from '../ui/citations/CitationProvider';
import { sanitizeNoteHtml } from './sanitizeNoteHtml';
import { useChunkedPreview } from './useChunkedPreview';

interface NotePreviewProps {
  readonly kase: Case;
  /** The editor's document (CodeMirror's immutable Text) or a plain string. */
  readonly doc: { toString(): string; readonly length: number };
  readonly onJumpToClaim: (claimId: string) => void;
}

/** Above this length, the preview waits for a pause in typing and renders chunk by chunk. */
export const LONG_NOTE_CHARS = 50_000;
const LONG_NOTE_PAUSE_MS = 400;

/** `value`, or with a delay: the last value once it has not changed for `delayMs`. */
function useValueAfterPause<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === 0 ? value : settled;
}

/** The rendered note: sanitised HTML, with claim chips that jump to their claim. */
export function NotePreview({ kase, doc, onJumpToClaim }: NotePreviewProps): React.JSX.Element {
  // Typing stays fluid: the preview may lag a keystroke behind; on a long note it waits for a
  // pause in typing and is then rendered in slices, only its changed chunks again. `length` is
  // read from the document itself: turning a megabyte into a string per keystroke costs a frame.
  const long = doc.length > LONG_NOTE_CHARS;
  const paused = useValueAfterPause(doc, long ? LONG_NOTE_PAUSE_MS : 0);
  const deferred = useDeferredValue(paused);
  const text = useMemo(() => deferred.toString(), [deferred]);
  const lookup = useMemo(() => claimLookupFor(kase), [kase]);
  // Pandoc citations (`[@key]`) in the workspace's style; shown as typed until it has loaded.
  const citations = useCitations();
  const cite = citations?.citations?.cite;
  const request = citations?.request;
  const cites = text.includes('@');
  useEffect(() => {
    if (cites) request?.();
  }, [cites, request]);
  const citeLookup = useMemo(() => citationLookupFor(kase.sources, cite), [kase.sources, cite]);
  const render = useCallback(
    (markdown: string) =>
      sanitizeNoteHtml(noteMarkdownToUntrustedHtml(markdown, lookup, citeLookup)),
    [lookup, citeLookup],
  );
  const previewHtml = useMemo(() => (long ? '' : render(text)), [long, render, text]);
  const { html: chunks, rendering } = useChunkedPreview(long ? text : null, render);

  const onClick = (event: React.MouseEvent<HTMLDivElement>): void => {
    const target = event.target as Element;
    const anchor = target.closest('a');
    if (!anchor) return;
    const href = anchor.getAttribute('href') ?? '';
    // In-app anchors never move the page; external links open outside, once confirmed.
    event.preventDefault();
    if (!href.startsWith('#') && href !== '') openExternalLink(href);
    const claimId = anchor.getAttribute('data-claim-id');
    if (claimId) onJumpToClaim(claimId);
  };

  if (text.trim() === '') {
    return (
      <div className="note-preview note-preview-empty" aria-label="Preview">
        Nothing to preview yet.
      </div>
    );
  }
  if (long) {
    return (
      // The click handler only routes clicks on links, which are keyboard-reachable themselves.
      <div
        className="note-preview"
        aria-label="Preview"
        role="region"
        aria-busy={rendering}
        onClick={onClick}
      >
        {chunks === null ? (
          <p className="note-preview-pending">Rendering the preview…</p>
        ) : (
          chunks.map((html, i) => (
            // Each chunk is HTML sanitised by `render`; unchanged chunks keep their DOM.
            <div
              key={i}
              className="note-preview-chunk"
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ))
        )}
      </div>
    );
  }
  return (
    // The click handler only routes clicks on links, which are keyboard-reachable themselves.
    <div
      className="note-preview"
      aria-label="Preview"
      role="region"
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: previewHtml }}
    />
  );
}
