import type { z } from 'zod';
import type { CaseProblem } from '../../../core/api/contract';
import type { UserLayerState } from '../../../core/user/schema';
import type { SettingsNotice } from './useSettings';

type Problem = z.infer<typeof CaseProblem>;

export type SetAside =
  | { readonly state: 'idle' }
  | { readonly state: 'working' }
  | { readonly state: 'done'; readonly keptAs: string }
  | { readonly state: 'failed'; readonly message: string };

interface Props {
  readonly caseProblems: readonly Problem[];
  readonly user: UserLayerState;
  readonly workspace: string;
  readonly setAside: SetAside;
  readonly onSetAside: () => void;
  readonly onDismissSetAside: () => void;
  readonly settingsNotice: SettingsNotice | undefined;
  readonly onDismissSettings: () => void;
  readonly openError: string | undefined;
}

/** What the analyst must know about files that could not be read, and what to do about them. */
export function Banners(props: Props): React.JSX.Element | null {
  const { caseProblems, user, setAside, settingsNotice, openError } = props;
  const failedCases = groupByFile(caseProblems);
  const any =
    failedCases.size > 0 ||
    user.status === 'broken' ||
    setAside.state === 'done' ||
    settingsNotice !== undefined ||
    openError !== undefined;
  if (!any) return null;
  return (
    <div className="banners">
      {failedCases.size > 0 && (
        <section
          className="banner banner-danger"
          role="alert"
          aria-label="Cases that could not be opened"
        >
          <p className="banner-title">
            {failedCases.size === 1
              ? 'One case could not be opened.'
              : `${failedCases.size} cases could not be opened.`}{' '}
            The others work as usual.
          </p>
          <ul className="banner-list">
            {[...failedCases].map(([file, problems]) => (
              <li key={file}>
                <code>{file}</code>:{' '}
                {problems.slice(0, 3).map((p, i) => (
                  <span key={i}>
                    {i > 0 && '; '}
                    at <code>{p.path}</code> {p.message}
                  </span>
                ))}
                {problems.length > 3 && ` (and ${problems.length - 3} more problems)`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {openError && (
        <section className="banner banner-danger" role="alert">
          <p>{openError}</p>
        </section>
      )}
      {user.status === 'broken' && (
        <section className="banner banner-danger" role="alert" aria-label="Verdicts are read-only">
          <p className="banner-title">
            Your verdicts file <code>{user.file}</code> could not be read: {user.message}.
          </p>
          <p>
            It has not been changed, and nothing will be written to it. Verdicts are read-only until
            you fix the file and reopen the case, or keep it aside and start a fresh one.
          </p>
          <div className="banner-actions">
            <button
              type="button"
              className="button"
              disabled={setAside.state === 'working'}
              onClick={props.onSetAside}
            >
              Keep the broken file aside and start fresh
            </button>
            {setAside.state === 'failed' && (
              <span className="banner-error">It could not be moved: {setAside.message}</span>
            )}
          </div>
        </section>
      )}
      {setAside.state === 'done' && (
        <section className="banner banner-ok" role="status">
          <p>
            The broken file was kept as <code>{joinPath(props.workspace, setAside.keptAs)}</code>.
            Verdicts are saved again, in a fresh file.
          </p>
          <button type="button" className="link-button" onClick={props.onDismissSetAside}>
            Dismiss
          </button>
        </section>
      )}
      {settingsNotice && (
        <section
          className={`banner ${settingsNotice.kind === 'kept-aside' ? 'banner-ok' : 'banner-warning'}`}
          role="status"
        >
          <p>{settingsNotice.text}</p>
          <button type="button" className="link-button" onClick={props.onDismissSettings}>
            Dismiss
          </button>
        </section>
      )}
    </div>
  );
}

function groupByFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = map.get(p.file);
    if (list) list.push(p);
    else map.set(p.file, [p]);
  }
  return map;
}

function joinPath(root: string, relative: string): string {
  const separator = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  return `${root.replace(/[\\/]+$/, '')}${separator}${relative}`;
}
