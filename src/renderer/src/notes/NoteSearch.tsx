import { useEffect, useId, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { getApi } from '../api/getApi';

interface Hit {
  readonly issue: string;
  readonly line: number;
  readonly text: string;
}

interface NoteSearchProps {
  readonly kase: Case;
  /** Saves the open note first, so the search sees what is on screen. */
  readonly beforeSearch: () => Promise<void>;
  readonly onOpenIssue: ((issueId: string) => void) | undefined;
}

type Results =
  | { readonly kind: 'idle' }
  | { readonly kind: 'done'; readonly query: string; readonly hits: readonly Hit[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Search across all notes of the case; a hit opens its issue. */
export function NoteSearch({
  kase,
  beforeSearch,
  onOpenIssue,
}: NoteSearchProps): React.JSX.Element {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const listId = useId();
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          await beforeSearch();
          const hits = await getApi().searchNotes(kase.id, trimmed);
          if (live) setResults({ kind: 'done', query: trimmed, hits: inCaseOrder(kase, hits) });
        } catch (error) {
          if (live) setResults({ kind: 'failed', message: (error as Error).message });
        }
      })();
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trimmed, kase, beforeSearch]);

  const labelOf = (issueId: string): string =>
    kase.issues.find((i) => i.id === issueId)?.label ?? issueId;
  const shown = trimmed === '' ? { kind: 'idle' as const } : results;

  return (
    <div className="note-search" role="search">
      <input
        type="search"
        className="note-search-field"
        placeholder="Search all notes"
        aria-label="Search all notes of this case"
        aria-controls={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <div id={listId} className="note-search-results">
        {shown.kind === 'failed' && <p className="note-search-summary">{shown.message}</p>}
        {shown.kind === 'done' && (
          <>
            <p className="note-search-summary" role="status">
              {summary(shown.hits)}
            </p>
            <ul aria-label="Search results">
              {shown.hits.map((hit) => (
                <li key={`${hit.issue}:${hit.line}`}>
                  <button
                    type="button"
                    className="note-search-hit"
                    disabled={onOpenIssue === undefined}
                    onClick={() => {
                      onOpenIssue?.(hit.issue);
                      setQuery('');
                    }}
                  >
                    <span className="note-search-where">
                      {labelOf(hit.issue)} · line {hit.line}
                    </span>
                    <span className="note-search-line">
                      <Highlighted text={hit.text} query={shown.query} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** Hits in the order the case lists its issue areas (the sidebar's order), then by line. */
function inCaseOrder(kase: Case, hits: readonly Hit[]): Hit[] {
  const rank = new Map(kase.issues.map((issue, i) => [issue.id, i]));
  const at = (id: string): number => rank.get(id) ?? kase.issues.length;
  return [...hits].sort((a, b) => at(a.issue) - at(b.issue) || a.line - b.line);
}

function summary(hits: readonly Hit[]): string {
  if (hits.length === 0) return 'No note contains this.';
  const issues = new Set(hits.map((h) => h.issue)).size;
  return `${hits.length} ${hits.length === 1 ? 'line' : 'lines'} in ${issues} ${issues === 1 ? 'note' : 'notes'}`;
}

/** The line with the matches marked; React text nodes, never HTML. */
function Highlighted({
  text,
  query,
}: {
  readonly text: string;
  readonly query: string;
}): React.JSX.Element {
  const lower = text.toLocaleLowerCase();
  const needle = query.toLocaleLowerCase();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (let i = lower.indexOf(needle); i >= 0 && needle.length > 0; i = lower.indexOf(needle, at)) {
    if (i > at) parts.push(text.slice(at, i));
    parts.push(<mark key={i}>{text.slice(i, i + needle.length)}</mark>);
    at = i + needle.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
