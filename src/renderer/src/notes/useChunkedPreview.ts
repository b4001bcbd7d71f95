/**
 * The preview of a long note, rendered chunk by chunk in short slices of work between frames, so
 * typing never waits for it: a chunk whose text did not change keeps the HTML it had, so after an
 * edit only the edited chunk is rendered and sanitised again.
 */
import { useEffect, useRef, useState } from 'react';
import { markdownChunks } from '../../../core/markdown/markdownChunks';

/** A chunk ends at the first block boundary after this many characters. */
const CHUNK_CHARS = 1500;
/** The longest a slice of rendering may run before it lets the page handle input and paint. */
const SLICE_MS = 8;
/** While a first pass runs, what is rendered so far is shown this often. */
const PROGRESS_MS = 300;

/** Yields to the browser: input and paint run before the next slice. */
function nextSlice(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

export interface ChunkedPreview {
  /** The sanitised HTML of each chunk shown; null until the first chunks are rendered. */
  readonly html: readonly string[] | null;
  /** A pass is under way: what is shown is partial or of an earlier text. */
  readonly rendering: boolean;
}

/**
 * The preview of `text` in chunks. `render` turns a chunk's Markdown into safe HTML; a new
 * `render` renders every chunk again.
 */
export function useChunkedPreview(
  text: string | null,
  render: (markdown: string) => string,
): ChunkedPreview {
  const [shown, setShown] = useState<{
    readonly render: typeof render;
    readonly html: readonly string[];
    readonly text: string;
  } | null>(null);
  const cacheRef = useRef({ render, byChunk: new Map<string, string>() });

  useEffect(() => {
    if (text === null) return;
    const cache = cacheRef.current;
    if (cache.render !== render) {
      cache.render = render;
      cache.byChunk.clear();
    }
    const { chunks, definitions } = markdownChunks(text, CHUNK_CHARS);
    const keyOf = (chunk: string): string =>
      definitions === '' ? chunk : `${chunk}\n\n${definitions}`;
    const html: string[] = [];
    const next = new Map<string, string>();
    let lastProgress = performance.now();
    let cancel = (): void => undefined;
    const slice = (): void => {
      const until = performance.now() + SLICE_MS;
      while (html.length < chunks.length && performance.now() < until) {
        const key = keyOf(chunks[html.length]!);
        const done = next.get(key) ?? cache.byChunk.get(key) ?? render(key);
        next.set(key, done);
        html.push(done);
      }
      if (html.length === chunks.length) {
        // Only the chunks of this text are kept: the cache never outgrows the note.
        cache.byChunk = next;
        setShown({ render, html, text });
        return;
      }
      if (performance.now() - lastProgress > PROGRESS_MS) {
        lastProgress = performance.now();
        // A first pass shows the top of the note early; a later one keeps the last full preview.
        setShown((was) =>
          was === null || was.render !== render ? { render, html: [...html], text: '' } : was,
        );
      }
      cancel = nextSlice(slice);
    };
    cancel = nextSlice(slice);
    return () => cancel();
  }, [text, render]);

  return { html: shown?.html ?? null, rendering: text !== null && shown?.text !== text };
}
