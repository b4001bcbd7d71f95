/**
 * The conflict decisions of an open note, pure: what a fresh read of the file means for the
 * editor's text, and which version must be set aside before the user's choice replaces it.
 */
import { ABSENT, type EditLedger } from './editLedger';
import type { NoteConflict, NoteSnapshot } from './noteSnapshot';

export type DiskDecision =
  /** The file is what the editor was based on. */
  | { readonly kind: 'unchanged' }
  /** Nothing unsaved: show the file. */
  | { readonly kind: 'reload' }
  /** The file now holds exactly the editor's text: it is saved. */
  | { readonly kind: 'caught-up' }
  /** Both changed: the user chooses; `disk` is null when the file was deleted. */
  | { readonly kind: 'conflict'; readonly disk: string | null };

/** What to do with a read of the file (`text` at `revision`) that the editor did not cause. */
export function decideOnDisk(
  ledger: Pick<EditLedger, 'base' | 'latest' | 'unsaved'>,
  state: Pick<NoteSnapshot, 'phase' | 'conflict'>,
  read: { readonly text: string; readonly revision: string },
): DiskDecision {
  if (read.revision === ledger.base && state.phase.kind === 'ready') return { kind: 'unchanged' };
  if (!ledger.unsaved && state.conflict === null) return { kind: 'reload' };
  // Joined only here: a long note's text is not copied for every change on disk.
  if (ledger.latest !== null && ledger.latest.toString() === read.text)
    return { kind: 'caught-up' };
  return { kind: 'conflict', disk: read.revision === ABSENT ? null : read.text };
}

/** Which side of a conflict the user keeps. */
export type ConflictChoice = 'mine' | 'disk';

/**
 * The text to keep beside the note before `choice` replaces it, or null when nothing would be
 * lost (it is empty, missing, or the same as the kept one).
 */
export function textToSetAside(conflict: NoteConflict, choice: ConflictChoice): string | null {
  const lost = choice === 'mine' ? conflict.disk : conflict.mine;
  const kept = choice === 'mine' ? conflict.mine : conflict.disk;
  return lost !== null && lost.trim() !== '' && lost !== kept ? lost : null;
}

/** The notice saying where the version not chosen was kept. */
export function setAsideNotice(choice: ConflictChoice, file: string): string {
  return `${choice === 'mine' ? "The file's version" : 'Your version'} was kept as ${file}.`;
}

/** Why carrying out `choice` failed; for the file's version, that nothing was replaced. */
export function resolveFailure(choice: ConflictChoice, why: string): string {
  return choice === 'disk'
    ? `Your version could not be kept aside, so nothing was replaced. ${why}`
    : why;
}
