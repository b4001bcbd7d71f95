import type { ComponentProps } from 'react';
import { ClaimSlotsContext } from '../compare/claimSlots';
import { EvidenceProvider } from '../evidence/EvidenceProvider';
import { EVIDENCE_SLOTS } from './evidenceSlots';
import { NoteLinksContext, type NoteLinks } from './noteLinksContext';

type Props = ComponentProps<typeof EvidenceProvider> & { readonly noteLinks: NoteLinks };

/**
 * What every part of the workbench may reach without props: the analyst's evidence and its
 * dialogs, the claim card's slots those fill, and the notes' links to claims.
 */
export function WorkbenchContexts({ noteLinks, children, ...evidence }: Props): React.JSX.Element {
  return (
    <EvidenceProvider {...evidence}>
      <ClaimSlotsContext.Provider value={EVIDENCE_SLOTS}>
        <NoteLinksContext.Provider value={noteLinks}>{children}</NoteLinksContext.Provider>
      </ClaimSlotsContext.Provider>
    </EvidenceProvider>
  );
}
