/** The claim form's draft: what it starts with (a claim to edit, or a prefill) and its input. */
import type { MergedCase } from '../../../core/user/merge';
import type { UserClaim } from '../../../core/user/items';
import type { ClaimPrefill } from './EvidenceContext';
import { listOf, optional } from '../ui/formErrors';

export interface Draft {
  issue: string;
  dimension: string;
  period: string;
  modality: string;
  statement: string;
  date: string;
  dateNote: string;
  actors: string;
  tags: string;
  source: string;
  exact: string;
  prefix: string;
  suffix: string;
  locator: string;
}

// Where a schema path lands in the form.
export const FIELD_OF: Readonly<Record<string, string>> = {
  'evidence.source': 'source',
  'evidence.selector.exact': 'exact',
  'evidence.selector.prefix': 'prefix',
  'evidence.selector.suffix': 'suffix',
  'evidence.locator': 'locator',
};
export const fieldOf = (path: string): string => FIELD_OF[path] ?? path.split('.')[0] ?? path;

export function initialDraft(
  merged: MergedCase,
  editing?: UserClaim,
  prefill?: ClaimPrefill,
): Draft {
  const kase = merged.case;
  if (editing) {
    return {
      issue: editing.issue,
      dimension: editing.dimension,
      period: editing.period,
      modality: editing.modality,
      statement: editing.statement,
      date: editing.date ?? '',
      dateNote: editing.dateNote ?? '',
      actors: editing.actors.join(', '),
      tags: editing.tags.join(', '),
      source: editing.evidence.source,
      exact: editing.evidence.selector.exact,
      prefix: editing.evidence.selector.prefix ?? '',
      suffix: editing.evidence.selector.suffix ?? '',
      locator: editing.evidence.locator ?? '',
    };
  }
  const issue = kase.issues.find((i) => i.id === prefill?.issue) ?? kase.issues[0];
  return {
    issue: issue?.id ?? '',
    dimension: prefill?.dimension ?? issue?.dimensions[0]?.id ?? '',
    period: prefill?.period ?? kase.defaultComparison[0] ?? kase.periods[0]?.id ?? '',
    modality: 'fact',
    statement: '',
    date: '',
    dateNote: '',
    actors: '',
    tags: '',
    source: prefill?.source ?? kase.sources[0]?.id ?? '',
    exact: prefill?.selector?.exact ?? '',
    prefix: prefill?.selector?.prefix ?? '',
    suffix: prefill?.selector?.suffix ?? '',
    locator: prefill?.locator ?? '',
  };
}

export function toInput(d: Draft): unknown {
  return {
    issue: d.issue,
    dimension: d.dimension,
    period: d.period,
    modality: d.modality,
    statement: d.statement.trim(),
    date: optional(d.date),
    dateNote: optional(d.dateNote),
    actors: listOf(d.actors),
    tags: listOf(d.tags),
    evidence: {
      source: d.source,
      selector: {
        type: 'TextQuoteSelector',
        exact: d.exact.trim(),
        prefix: d.prefix.length > 0 ? d.prefix : undefined,
        suffix: d.suffix.length > 0 ? d.suffix : undefined,
      },
      locator: optional(d.locator),
    },
  };
}
