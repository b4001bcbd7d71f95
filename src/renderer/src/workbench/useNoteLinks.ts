/** The backlinks of the case's claims, and going from a claim to a note that cites it. */
import { useCallback, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { useBacklinks } from '../notes/useNotesIndex';
import type { NoteLinks } from './noteLinksContext';
import type { SidePanels } from './useSidePanels';

/** A request to show a note with the cursor on a claim's link; `seq` tells two requests apart. */
export interface NoteReveal {
  readonly issueId: string;
  readonly claimId: string;
  readonly seq: number;
}

export interface NoteLinksHandle {
  readonly value: NoteLinks;
  readonly reveal: NoteReveal | undefined;
  readonly revealed: () => void;
}

export function useNoteLinks(
  kase: Case,
  showIssue: (issueId: string) => void,
  panels: SidePanels,
): NoteLinksHandle {
  const backlinks = useBacklinks(kase.id);
  const [reveal, setReveal] = useState<NoteReveal | undefined>(undefined);
  const { notesOpen, toggle } = panels;
  const openNote = useCallback(
    (issueId: string, claimId: string) => {
      showIssue(issueId);
      if (!notesOpen) toggle('notes');
      // After the frame in which a closing dialog gives focus back to its card, so the note keeps it.
      requestAnimationFrame(() => setReveal((r) => ({ issueId, claimId, seq: (r?.seq ?? 0) + 1 })));
    },
    [showIssue, notesOpen, toggle],
  );
  const value = useMemo((): NoteLinks => {
    const rank = new Map(kase.issues.map((issue, i) => [issue.id, { i, issue }]));
    const citing: NoteLinks['citing'] = (claimId) =>
      (backlinks.get(claimId) ?? [])
        .map((id) => rank.get(id) ?? { i: rank.size, issue: { id, label: id } })
        .sort((a, b) => a.i - b.i)
        .map(({ issue }) => ({ id: issue.id, label: issue.label }));
    return { backlinks, citing, openNote };
  }, [backlinks, kase.issues, openNote]);
  const revealed = useCallback(() => setReveal(undefined), []);
  return { value, reveal, revealed };
}
