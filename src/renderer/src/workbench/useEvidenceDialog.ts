/** Which claim's evidence dialog is open; closing it puts focus back on that claim's card. */
import { useCallback, useState } from 'react';

export interface EvidenceDialogHandle {
  readonly claimId: string | undefined;
  readonly open: (claimId: string) => void;
  readonly close: () => void;
}

export function useEvidenceDialog(): EvidenceDialogHandle {
  const [claimId, setClaimId] = useState<string | undefined>(undefined);
  const close = useCallback(() => {
    const id = claimId;
    setClaimId(undefined);
    // Back to the card the dialog was opened from, even if the grid re-rendered it meanwhile.
    if (id) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }, [claimId]);
  return { claimId, open: setClaimId, close };
}
