import type { CaseSummary } from './schema';

/** The case opened at start-up unless the settings name another. */
export const DEFAULT_CASE = 'japan-trump';

/** The case to open first: the one used last if it still exists, else the default, else any. */
export function chooseCase(
  cases: readonly CaseSummary[],
  lastCase: string | undefined,
): CaseSummary | undefined {
  return (
    cases.find((c) => c.id === lastCase) ?? cases.find((c) => c.id === DEFAULT_CASE) ?? cases[0]
  );
}
