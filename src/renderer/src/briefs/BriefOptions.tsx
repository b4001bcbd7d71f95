/** What a brief covers and how it is written: scope, pair, citation style, analyst, format. */
import type { Case } from '../../../core/case/schema';
import { CITATION_STYLE_LABELS, CitationStyle } from '../../../core/citation/citationStyles';
import type { BriefFormat } from './makeBrief';

export type ScopeKind = 'issue' | 'issues' | 'case';

export interface BriefChoice {
  readonly scope: ScopeKind;
  readonly chosen: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly style: CitationStyle;
  readonly analyst: string;
  readonly format: BriefFormat;
}

export const FORMAT_LABELS: Readonly<Record<BriefFormat, string>> = {
  html: 'HTML (one file, prints to PDF)',
  'md.zip': 'Markdown for Pandoc (zip with sources.json)',
  docx: 'Word (DOCX, footnotes in a note style)',
  pdf: 'PDF',
};

interface Props {
  readonly id: string;
  readonly kase: Case;
  readonly issueLabel: string;
  readonly choice: BriefChoice;
  readonly disabled: boolean;
  readonly onChange: (choice: BriefChoice) => void;
}

export function BriefOptions({
  id,
  kase,
  issueLabel,
  choice,
  disabled,
  onChange,
}: Props): React.JSX.Element {
  const set = (patch: Partial<BriefChoice>): void => onChange({ ...choice, ...patch });
  const scopes: readonly [ScopeKind, string][] = [
    ['issue', `This issue area (${issueLabel})`],
    ['issues', 'Chosen issue areas'],
    ['case', 'The whole case'],
  ];
  return (
    <fieldset className="brief-options" disabled={disabled}>
      <fieldset>
        <legend>Scope</legend>
        {scopes.map(([kind, label]) => (
          <label key={kind} className="brief-choice">
            <input
              type="radio"
              name={`${id}-scope`}
              checked={choice.scope === kind}
              onChange={() => set({ scope: kind })}
            />
            {label}
          </label>
        ))}
        {choice.scope === 'issues' && (
          <div className="brief-issues" role="group" aria-label="Issue areas in the brief">
            {kase.issues.map((issue) => (
              <label key={issue.id} className="brief-choice">
                <input
                  type="checkbox"
                  checked={choice.chosen.includes(issue.id)}
                  onChange={(e) =>
                    set({
                      chosen: e.target.checked
                        ? [...choice.chosen, issue.id]
                        : choice.chosen.filter((c) => c !== issue.id),
                    })
                  }
                />
                {issue.label}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="brief-pair">
        <legend>Compared</legend>
        <PeriodSelect
          id={`${id}-from`}
          label="From"
          kase={kase}
          value={choice.from}
          onChange={(from) => set({ from })}
        />
        <PeriodSelect
          id={`${id}-to`}
          label="To"
          kase={kase}
          value={choice.to}
          onChange={(to) => set({ to })}
        />
      </fieldset>
      <label className="brief-field" htmlFor={`${id}-style`}>
        Citation style
        <select
          id={`${id}-style`}
          value={choice.style}
          onChange={(e) => set({ style: CitationStyle.parse(e.target.value) })}
        >
          {CitationStyle.options.map((s) => (
            <option key={s} value={s}>
              {CITATION_STYLE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="brief-field" htmlFor={`${id}-analyst`}>
        Analyst (in the title block)
        <input
          id={`${id}-analyst`}
          type="text"
          maxLength={200}
          value={choice.analyst}
          onChange={(e) => set({ analyst: e.target.value })}
        />
      </label>
      <fieldset>
        <legend>Format</legend>
        {(Object.keys(FORMAT_LABELS) as BriefFormat[]).map((f) => (
          <label key={f} className="brief-choice">
            <input
              type="radio"
              name={`${id}-format`}
              checked={choice.format === f}
              onChange={() => set({ format: f })}
            />
            {FORMAT_LABELS[f]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

function PeriodSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly kase: Case;
  readonly value: string;
  readonly onChange: (period: string) => void;
}): React.JSX.Element {
  return (
    <label className="brief-field" htmlFor={props.id}>
      {props.label}
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.kase.periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
