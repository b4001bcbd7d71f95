import type { Case, Evidence } from './schema';

/** One piece of evidence in a case, with the path to it (for problems). */
export interface EvidenceEntry {
  readonly path: readonly (string | number)[];
  readonly evidence: Evidence;
}

/** Every evidence in a case: claims, stated points and the quotes derivations rest on. */
export function listEvidence(c: Case): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  c.claims.forEach((claim, i) => {
    out.push({ path: ['claims', i, 'evidence'], evidence: claim.evidence });
  });
  c.measures.forEach((measure, m) => {
    measure.points.forEach((point, p) => {
      const at = ['measures', m, 'points', p] as const;
      if (point.evidence) out.push({ path: [...at, 'evidence'], evidence: point.evidence });
      if (point.derived) {
        out.push({ path: [...at, 'derived', 'evidence'], evidence: point.derived.evidence });
      }
    });
  });
  return out;
}
