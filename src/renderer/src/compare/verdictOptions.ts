import { verdictVocabulary, type RowSides } from '../../../core/compare/sides';
import { VERDICT_ORDER } from '../../../core/compare/verdicts';
import type { PeriodPair } from '../../../core/user/schema';
import { VERDICT_LABELS, type VerdictKind } from '../../../core/user/verdictKinds';

export interface VerdictOption {
  readonly kind: VerdictKind;
  readonly label: string;
}

export interface VerdictOptions {
  /** The verdicts that fit the row's sides, first in the list. */
  readonly fitting: readonly VerdictOption[];
  /** The rest, still offered: the analyst may know more than the source's claims show. */
  readonly others: readonly VerdictOption[];
}

/**
 * The verdicts a row can take for a pair, each worded for what it says there: on a one-sided row
 * "new" and "dropped" name the period, and "no counterpart" names the period the source is silent
 * on.
 */
export function verdictOptions(
  sides: RowSides,
  pair: PeriodPair,
  labels: ReadonlyMap<string, string>,
): VerdictOptions {
  const label = (id: string): string => labels.get(id) ?? id;
  const fits = verdictVocabulary(sides);
  const option = (kind: VerdictKind): VerdictOption => ({
    kind,
    label: wording(kind, sides, pair, label),
  });
  return {
    fitting: fits.map(option),
    others: VERDICT_ORDER.filter((k) => !fits.includes(k)).map(option),
  };
}

function wording(
  kind: VerdictKind,
  sides: RowSides,
  pair: PeriodPair,
  label: (id: string) => string,
): string {
  if (kind === 'new') return `New under ${label(pair.to)}`;
  if (kind === 'dropped') return `Dropped after ${label(pair.from)}`;
  if (kind === 'no-counterpart' && sides === 'to-only') {
    return `No counterpart in the source for ${label(pair.from)}`;
  }
  if (kind === 'no-counterpart' && sides === 'from-only') {
    return `No counterpart in the source for ${label(pair.to)}`;
  }
  return VERDICT_LABELS[kind];
}
