/** What a brief covers and how it is written: scope, pair, citation style, analyst, format. */
import type { Case } from '../../../core/case/schema';
import { CITATION_STYLE_LABELS, CitationStyle } from '../../../core/citation/citationStyles';
import { Options } from '../ui/Options';
import type { BriefFormat } from './makeBrief';
import { RadioChoices } from './RadioChoices';

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

/** The two ends of the compared pair, in the order they are read. */
const PAIR_ENDS = [
  { end: 'from', label: 'From' },
  { end: 'to', label: 'To' },
] as const;

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
        <RadioChoices
          name={`${id}-scope`}
          choices={scopes}
          value={choice.scope}
          onChange={(scope) => set({ scope })}
        />
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
        {PAIR_ENDS.map(({ end, label }) => (
          <PeriodSelect
            key={end}
            id={`${id}-${end}`}
            label={label}
            kase={kase}
            value={choice[end]}
            onChange={(period) => set(end === 'from' ? { from: period } : { to: period })}
          />
        ))}
      </fieldset>
      <label className="brief-field" htmlFor={`${id}-style`}>
        Citation style
        <select
          id={`${id}-style`}
          value={choice.style}
          onChange={(e) => set({ style: CitationStyle.parse(e.target.value) })}
        >
          <Options
            items={CitationStyle.options}
            value={(s) => s}
            label={(s) => CITATION_STYLE_LABELS[s]}
          />
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
        <RadioChoices
          name={`${id}-format`}
          choices={Object.entries(FORMAT_LABELS) as [BriefFormat, string][]}
          value={choice.format}
          onChange={(format) => set({ format })}
        />
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
        <Options items={props.kase.periods} value={(p) => p.id} label={(p) => p.label} />
      </select>
    </label>
  );
}
