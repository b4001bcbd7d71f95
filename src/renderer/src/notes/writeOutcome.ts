/** What the host's answer to a note's write means for the text written: pure, no effects. */
import type { NoteApi } from './noteSnapshot';

type WriteResult = Awaited<ReturnType<NoteApi['writeNote']>>;

export type WriteOutcome =
  /** The text is on disk at `revision`. */
  | { readonly kind: 'saved'; readonly revision: string }
  /** The file changed since it was read and holds other text; `disk` is null when it was deleted. */
  | { readonly kind: 'conflict'; readonly disk: string | null; readonly diskRevision: string };

/**
 * Whether `text` is on disk after a write answered `result`. A write refused because the file
 * changed is still a save when the file now holds exactly `text`: there is nothing to choose.
 */
export function writeOutcome(result: WriteResult, text: string): WriteOutcome {
  if (result.status === 'saved') return { kind: 'saved', revision: result.revision };
  if (result.diskText === text) return { kind: 'saved', revision: result.diskRevision };
  return { kind: 'conflict', disk: result.diskText, diskRevision: result.diskRevision };
}
