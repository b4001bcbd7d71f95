import { useCallback, useEffect, useState } from 'react';
import type { CaseProblem } from '../../core/api/contract';
import type { Case, CaseSummary } from '../../core/case/schema';
import type { SettingsRead } from '../../core/settings/schema';
import type { UserLayerState } from '../../core/user/schema';
import type { z } from 'zod';
import { getApi } from './api/getApi';
import { takeInlineBoot } from './api/takeInlineBoot';
import { listenForFlushRequests } from './lifecycle/flush';
import { UnsavedAtCloseAlert } from './lifecycle/UnsavedAtCloseAlert';
import { setRecoveryWorkspace } from './notes/recoveryCopies';
import { Workbench } from './workbench/Workbench';
import { useSettings } from './workbench/useSettings';
import { useTheme } from './workbench/useTheme';
import type { CitationLocale, CitationStyle } from '../../core/citation/citationStyles';
import { CitationProvider } from './ui/citations/CitationProvider';

type Problem = z.infer<typeof CaseProblem>;

interface Catalogue {
  readonly cases: readonly CaseSummary[];
  readonly problems: readonly Problem[];
  readonly settings: SettingsRead;
  readonly workspace: string;
}

interface Opened {
  readonly case: Case;
  readonly user: UserLayerState;
}

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string; readonly problems: readonly Problem[] }
  | { readonly status: 'ready'; readonly catalogue: Catalogue; readonly opened: Opened };

/** Loads the first screen's data (the cases, the settings, the case used last or the default), then shows it. */
export function App(): React.JSX.Element {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const api = getApi();
    listenForFlushRequests();
    void (async () => {
      try {
        // Inlined into the page by the browser host, or one round-trip (Electron): the cases, the
        // settings and the case to show come back together.
        const { info, catalogue, settings, opened, failure } =
          takeInlineBoot() ?? (await api.boot());
        if (!live) return;
        if (!opened) {
          setBoot({
            status: 'failed',
            message: failure ?? 'No case could be opened.',
            problems: catalogue.problems,
          });
          return;
        }
        setRecoveryWorkspace(info.workspace);
        setBoot({
          status: 'ready',
          catalogue: { ...catalogue, settings, workspace: info.workspace },
          opened,
        });
      } catch (error) {
        if (live) setBoot({ status: 'failed', message: (error as Error).message, problems: [] });
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  switch (boot.status) {
    case 'loading':
      return (
        <p className="app-status" role="status">
          Opening the case…
        </p>
      );
    case 'failed':
      return (
        <main className="app-status" role="alert">
          <h1>Diptych could not open a case</h1>
          <p>{boot.message}</p>
          {boot.problems.length > 0 && (
            <ul>
              {boot.problems.map((p) => (
                <li key={`${p.file}|${p.path}|${p.message}`}>
                  <code>{p.file}</code> at <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          )}
        </main>
      );
    case 'ready':
      return (
        <>
          <UnsavedAtCloseAlert />
          <Ready catalogue={boot.catalogue} initial={boot.opened} />
        </>
      );
  }
}

interface ReadyProps {
  readonly catalogue: Catalogue;
  readonly initial: Opened;
}

function Ready({ catalogue, initial }: ReadyProps): React.JSX.Element {
  const settings = useSettings(catalogue.settings);
  useTheme(settings.settings.theme);
  const [opened, setOpened] = useState(initial);
  const [openError, setOpenError] = useState<string | undefined>(undefined);
  const { update } = settings;

  const openCase = useCallback(
    async (caseId: string) => {
      setOpenError(undefined);
      try {
        const next = await getApi().openCase(caseId);
        setOpened(next);
        update((s) => (s.lastCase === caseId ? s : { ...s, lastCase: caseId }));
      } catch (error) {
        setOpenError(`The case could not be opened: ${(error as Error).message}`);
      }
    },
    [update],
  );

  const chooseCitationStyle = useCallback(
    (citationStyle: CitationStyle, citationLocale: CitationLocale) =>
      update((s) => ({ ...s, citationStyle, citationLocale })),
    [update],
  );

  const setUser = useCallback((user: UserLayerState) => {
    setOpened((current) => ({ ...current, user }));
  }, []);

  return (
    <CitationProvider
      style={settings.settings.citationStyle}
      locale={settings.settings.citationLocale}
      onChoose={chooseCitationStyle}
    >
      <Workbench
        key={opened.case.id}
        kase={opened.case}
        user={opened.user}
        onUserChange={setUser}
        cases={catalogue.cases}
        caseProblems={catalogue.problems}
        workspace={catalogue.workspace}
        onOpenCase={(id) => void openCase(id)}
        openError={openError}
        settings={settings}
      />
    </CitationProvider>
  );
}
