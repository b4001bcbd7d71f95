import { useEffect, useState } from 'react';
import type { Case } from '../../core/case/schema';
import type { UserLayerState } from '../../core/user/schema';
import { getApi } from './api/getApi';
import { listenForFlushRequests } from './lifecycle/flush';
import { Shell } from './shell/Shell';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly case: Case;
      readonly user: UserLayerState;
      readonly problems: readonly string[];
    };

const DEFAULT_CASE = 'japan-trump';

export function App(): React.JSX.Element {
  const [state, setState] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const api = getApi();
    listenForFlushRequests();
    void (async () => {
      try {
        const { cases, problems } = await api.listCases();
        const chosen = cases.find((c) => c.id === DEFAULT_CASE) ?? cases[0];
        const problemLines = problems.map((p) => `${p.file} at ${p.path}: ${p.message}`);
        if (!chosen) {
          if (live)
            setState({
              status: 'failed',
              message: problemLines.join('\n') || 'No case is installed.',
            });
          return;
        }
        const opened = await api.openCase(chosen.id);
        if (live)
          setState({
            status: 'ready',
            case: opened.case,
            user: opened.user,
            problems: problemLines,
          });
      } catch (error) {
        if (live) setState({ status: 'failed', message: (error as Error).message });
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  switch (state.status) {
    case 'loading':
      return (
        <p className="app-status" role="status">
          Opening the case…
        </p>
      );
    case 'failed':
      return (
        <div className="app-status" role="alert">
          <h1>Diptych could not open a case</h1>
          <pre>{state.message}</pre>
        </div>
      );
    case 'ready':
      return <Shell kase={state.case} problems={state.problems} />;
  }
}
