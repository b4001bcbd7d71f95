/**
 * What an issue's side-by-side figure shows, read from the case and the user layer: per row the
 * claims of each period of the pair, and the verdict for that pair with its rationale.
 */
import type { Case, Modality } from '../case/schema';
import { fullCitation, shortCitation } from '../compare/citation';
import { pairLabel } from '../compare/pairs';
import { verdictFor } from '../compare/verdicts';
import type { UserLayer } from '../user/schema';
import { VERDICT_LABELS, type PeriodPair, type VerdictKind } from '../user/verdict';

/** The modality names of the grid's legend, as printed in a figure. */
export const MODALITY_NAMES: Readonly<Record<Modality, string>> = {
  fact: 'Fact',
  statement: 'Statement',
  expectation: 'Expected',
  assessment: 'Assessment',
};

export interface FigureClaim {
  readonly id: string;
  readonly modality: Modality;
  readonly statement: string;
  readonly quote: string;
  readonly locator: string;
  readonly sourceId: string;
  /** "Hughes, RSIS Commentary". */
  readonly citation: string;
}

export interface FigureVerdict {
  readonly kind: VerdictKind;
  readonly label: string;
  readonly rationale: string;
}

export interface FigureRow {
  readonly dimensionId: string;
  readonly label: string;
  readonly from: readonly FigureClaim[];
  readonly to: readonly FigureClaim[];
  readonly verdict: FigureVerdict | null;
}

export interface SideBySideModel {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly issueId: string;
  readonly issueLabel: string;
  readonly pair: PeriodPair;
  readonly fromLabel: string;
  readonly toLabel: string;
  /** "Trump 1.0 → Trump 2.0". */
  readonly pairLabel: string;
  readonly rows: readonly FigureRow[];
}

/** The side-by-side of `issueId` for `pair`; undefined when the case has no such issue. */
export function sideBySideModel(
  kase: Case,
  layer: UserLayer,
  issueId: string,
  pair: PeriodPair,
): SideBySideModel | undefined {
  const issue = kase.issues.find((i) => i.id === issueId);
  if (!issue) return undefined;
  const labels = new Map(kase.periods.map((p) => [p.id, p.label]));
  const sources = new Map(kase.sources.map((s) => [s.id, s]));
  const claimsOf = (dimension: string, period: string): FigureClaim[] =>
    kase.claims
      .filter((c) => c.issue === issueId && c.dimension === dimension && c.period === period)
      .map((c) => {
        const source = sources.get(c.evidence.source);
        return {
          id: c.id,
          modality: c.modality,
          statement: c.statement,
          quote: c.evidence.selector.exact,
          locator: c.evidence.locator ?? '',
          sourceId: c.evidence.source,
          citation: source ? shortCitation(source) : c.evidence.source,
        };
      });
  const rows = issue.dimensions.map((d): FigureRow => {
    const entry = verdictFor(layer, issueId, d.id, pair);
    return {
      dimensionId: d.id,
      label: d.label,
      from: claimsOf(d.id, pair.from),
      to: claimsOf(d.id, pair.to),
      verdict: entry
        ? { kind: entry.verdict, label: VERDICT_LABELS[entry.verdict], rationale: entry.rationale }
        : null,
    };
  });
  return {
    caseId: kase.id,
    caseTitle: kase.title,
    issueId,
    issueLabel: issue.label,
    pair,
    fromLabel: labels.get(pair.from) ?? pair.from,
    toLabel: labels.get(pair.to) ?? pair.to,
    pairLabel: pairLabel(pair, labels),
    rows,
  };
}

/** The full citations of the sources behind the claims of `rows`, each once, in case order. */
export function sourceLine(kase: Case, rows: readonly FigureRow[]): string {
  const used = new Set(rows.flatMap((r) => [...r.from, ...r.to]).map((c) => c.sourceId));
  const cited = kase.sources.filter((s) => used.has(s.id));
  return cited.length ? `Source: ${cited.map(fullCitation).join('; ')}` : 'Source: none';
}
