/**
 * Checks a case's quotes against the clean reading of a source text the user (or the curator)
 * holds a copy of. The source texts themselves are never shipped: this runs where one is present.
 */
import { listEvidence } from './listEvidence';
import { jsonPath, type Problem } from './problem';
import type { Case } from './schema';

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
  }
  return count;
}

const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Problems with every quote of `sourceId` in the case: `exact` must occur verbatim in `clean`,
 * `prefix` right before it, `suffix` right after it, and together they must pick one place.
 */
export function checkQuotesAgainstSource(
  c: Case,
  file: string,
  sourceId: string,
  clean: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const { path, evidence } of listEvidence(c)) {
    if (evidence.source !== sourceId) continue;
    const { exact, prefix = '', suffix = '' } = evidence.selector;
    const at = (...rest: string[]): string => jsonPath([...path, 'selector', ...rest]);
    const report = (where: string, message: string): void => {
      problems.push({ file, path: where, message });
    };
    if (!clean.includes(exact)) {
      report(at('exact'), `quote ${show(exact)} does not occur verbatim in source '${sourceId}'`);
      continue;
    }
    const before = clean.includes(prefix + exact);
    const after = clean.includes(exact + suffix);
    if (!before)
      report(at('prefix'), `prefix ${show(prefix)} does not immediately precede the quote`);
    if (!after)
      report(at('suffix'), `suffix ${show(suffix)} does not immediately follow the quote`);
    if (!before || !after) continue;
    const found = occurrences(clean, prefix + exact + suffix);
    if (found === 0) {
      report(at(), 'prefix and suffix each fit the quote but not around the same occurrence');
    } else if (found > 1) {
      report(at(), `the quote occurs ${found} times; give a prefix or suffix that picks one`);
    }
  }
  return problems;
}
