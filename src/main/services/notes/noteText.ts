/** Pure helpers on note text and names, kept apart from the file system. */

export interface NoteHit {
  readonly issue: string;
  readonly line: number;
  readonly text: string;
}

const MAX_LINE = 300;

/** The lines of `text` that contain `query` (case-insensitive), at most `limit` of them. */
export function searchText(issue: string, text: string, query: string, limit: number): NoteHit[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle.length === 0 || limit <= 0) return [];
  const hits: NoteHit[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length && hits.length < limit; i += 1) {
    const line = lines[i]!;
    if (line.toLocaleLowerCase().includes(needle)) {
      hits.push({ issue, line: i + 1, text: excerpt(line, needle) });
    }
  }
  return hits;
}

/** A line cut to a readable length around the first match. */
function excerpt(line: string, needle: string): string {
  if (line.length <= MAX_LINE) return line;
  const at = line.toLocaleLowerCase().indexOf(needle);
  const start = Math.max(0, Math.min(at - 80, line.length - MAX_LINE));
  return `${start > 0 ? '…' : ''}${line.slice(start, start + MAX_LINE)}…`;
}

/**
 * `<issue>.conflict-<yyyymmdd-hhmmss>[-n].md`, in local time because the user reads it. The dot
 * keeps it out of the note list (an issue id has no dot).
 */
export function conflictCopyName(issueId: string, at: Date, n: number): string {
  const p = (v: number): string => String(v).padStart(2, '0');
  const stamp =
    `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-` +
    `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `${issueId}.conflict-${stamp}${n > 1 ? `-${n}` : ''}.md`;
}
