import { useState } from 'react';
import type { Case, Period } from '../../../core/case/schema';
import { formatPeriodRange } from '../../../core/format/dates';

interface Props {
  readonly kase: Case;
  readonly problems: readonly string[];
}

/** The workbench frame: issue areas on the left, one pane per compared period. */
export function Shell({ kase, problems }: Props): React.JSX.Element {
  const [issueId, setIssueId] = useState(kase.issues[0]?.id);
  const issue = kase.issues.find((i) => i.id === issueId) ?? kase.issues[0];
  const periods = kase.defaultComparison
    .map((id) => kase.periods.find((p) => p.id === id))
    .filter((p): p is Period => p !== undefined);

  return (
    <div className="shell">
      <header className="toolbar">
        <span className="brand">Diptych</span>
        <span className="case-title">{kase.title}</span>
      </header>
      {problems.length > 0 && (
        <div className="banner" role="alert">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </div>
      )}
      <nav className="sidebar" aria-label="Issue areas">
        <ul>
          {kase.issues.map((i) => (
            <li key={i.id}>
              <button
                type="button"
                className="issue-link"
                aria-current={i.id === issue?.id ? 'page' : undefined}
                onClick={() => setIssueId(i.id)}
              >
                {i.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="panes" aria-label="Comparison">
        {periods.map((period) => (
          <section key={period.id} className="pane" aria-label={period.label}>
            <h2 className="pane-title">{period.label}</h2>
            <p className="pane-dates">{formatPeriodRange(period)}</p>
            {issue?.dimensions.map((d) => {
              const claims = kase.claims.filter(
                (c) => c.issue === issue.id && c.dimension === d.id && c.period === period.id,
              );
              return (
                <div key={d.id} className="cell">
                  <h3>{d.label}</h3>
                  {claims.length === 0 ? (
                    <p className="empty">The source says nothing here for {period.label}.</p>
                  ) : (
                    claims.map((c) => (
                      <p key={c.id} className="claim">
                        {c.statement}
                      </p>
                    ))
                  )}
                </div>
              );
            })}
          </section>
        ))}
      </main>
    </div>
  );
}
