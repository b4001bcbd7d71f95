import type { Case, CaseSummary } from './schema';

/** The few facts a case list shows without loading each case in full. */
export function summarizeCase(c: Case): CaseSummary {
  return {
    id: c.id,
    title: c.title,
    issueCount: c.issues.length,
    claimCount: c.claims.length,
  };
}
