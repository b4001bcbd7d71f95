/** What the backlinks on cards and in the evidence dialog need from the workbench. */
import { createContext, useContext } from 'react';
import { NO_BACKLINKS, type BacklinkIndex } from '../../../core/markdown/backlinks';

export interface NoteLinks {
  readonly backlinks: BacklinkIndex;
  /** The issue areas whose notes cite a claim, in the case's order, with their labels. */
  readonly citing: (claimId: string) => readonly { readonly id: string; readonly label: string }[];
  /** Shows an issue area's note, the cursor on its link to the claim. */
  readonly openNote: (issueId: string, claimId: string) => void;
}

export const NoteLinksContext = createContext<NoteLinks>({
  backlinks: NO_BACKLINKS,
  citing: () => [],
  openNote: () => undefined,
});

export function useNoteLinks(): NoteLinks {
  return useContext(NoteLinksContext);
}
