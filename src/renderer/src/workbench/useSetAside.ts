/** "Keep the broken file aside and start fresh": the request and what came of it. */
import { useCallback, useState } from 'react';
import type { UserLayerState } from '../../../core/user/schema';
import { getApi } from '../api/getApi';
import type { SetAside } from './Banners';

export function useSetAside(
  caseId: string,
  onUserChange: (user: UserLayerState) => void,
): { readonly state: SetAside; readonly run: () => void; readonly dismiss: () => void } {
  const [state, setState] = useState<SetAside>({ state: 'idle' });
  const run = useCallback(() => {
    setState({ state: 'working' });
    getApi()
      .setAsideUserLayer(caseId)
      .then((result) => {
        onUserChange(result.user);
        setState({ state: 'done', keptAs: result.keptAs });
      })
      .catch((error: unknown) => setState({ state: 'failed', message: (error as Error).message }));
  }, [caseId, onUserChange]);
  const dismiss = useCallback(() => setState({ state: 'idle' }), []);
  return { state, run, dismiss };
}
