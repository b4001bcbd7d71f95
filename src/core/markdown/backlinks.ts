/**
 * Backlinks: which notes link to a claim. A note's links are read from its Markdown with the
 * same pattern the preview renders as chips; the index is built once per change of the notes and
 * answers a claim card in one lookup, however many claims and notes a case holds.
 */
import { CLAIM_LINK_GLOBAL } from './claimLinks';

/** The claims a note links to, each once, in the order they first appear. */
export function claimIdsIn(markdown: string): string[] {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(CLAIM_LINK_GLOBAL)) ids.add(match[1]!);
  return [...ids];
}

/** The claims one note (an issue area's) links to. */
export interface NoteClaimLinks {
  readonly issue: string;
  readonly claims: readonly string[];
}

/** Claim id → the issue areas whose notes link to it, in the order the notes were given. */
export type BacklinkIndex = ReadonlyMap<string, readonly string[]>;

export const NO_BACKLINKS: BacklinkIndex = new Map();

export function backlinkIndex(notes: readonly NoteClaimLinks[]): BacklinkIndex {
  const index = new Map<string, string[]>();
  for (const note of notes) {
    for (const claim of note.claims) {
      const issues = index.get(claim);
      if (!issues) index.set(claim, [note.issue]);
      else if (!issues.includes(note.issue)) issues.push(note.issue);
    }
  }
  return index;
}
