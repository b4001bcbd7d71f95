/**
 * The kinds of verdict and their labels, without their schemas: the workbench shows them on its
 * first screen, before the schemas (and zod) are loaded. verdict.ts builds the schemas from them.
 */
export const VERDICT_KINDS = [
  'continuity',
  'intensified',
  'softened',
  'reversed',
  'new',
  'dropped',
  'no-counterpart',
  'unclear',
] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export const VERDICT_LABELS: Readonly<Record<VerdictKind, string>> = {
  continuity: 'Continuity',
  intensified: 'Intensified',
  softened: 'Softened',
  reversed: 'Reversed',
  new: 'New',
  dropped: 'Dropped',
  'no-counterpart': 'No counterpart in the source',
  unclear: 'Unclear',
};

/** The key of a verdict: row and ordered pair. */
export function verdictKey(
  issue: string,
  dimension: string,
  pair: { readonly from: string; readonly to: string },
): string {
  return `${issue}\u0000${dimension}\u0000${pair.from}\u0000${pair.to}`;
}
