/**
 * The checks a schema cannot express: unique ids, references that resolve, dates inside their
 * period, quote length, and derived points that recompute.
 */
import { dayRange, overlapsPeriod } from './dates';
import { listEvidence } from './listEvidence';
import { jsonPath, type Problem } from './problem';
import { countWords, extractionArtifact, MAX_QUOTE_WORDS, sentenceBoundary } from './quoteRules';
import type { Case, Period, Point } from './schema';

type Path = readonly (string | number)[];
type Report = (path: Path, message: string) => void;

/** Reports every id used twice in `items`; returns the first index of each id. */
function indexIds(
  items: readonly { readonly id: string }[],
  base: Path,
  what: string,
  report: Report,
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
    } else {
      const firstPath = jsonPath([...base, first, 'id']);
      report([...base, i, 'id'], `duplicate ${what} id '${item.id}' (first used at ${firstPath})`);
    }
  });
  return seen;
}

const periodSpan = (p: Period): string => `${p.start} to ${p.end ?? 'ongoing'}`;

interface Dated {
  readonly period?: string | undefined;
  readonly date?: string | undefined;
  readonly dateEnd?: string | undefined;
  readonly dateNote?: string | undefined;
}

/** Dates must be calendar dates, in order, and inside their period unless `dateNote` says why. */
function checkDates(item: Dated, at: Path, periods: ReadonlyMap<string, Period>, report: Report) {
  if (item.dateEnd !== undefined && item.date === undefined) {
    report([...at, 'dateEnd'], 'dateEnd is given without date: a span needs both');
  }
  const ranges: { key: 'date' | 'dateEnd'; value: string }[] = [];
  for (const key of ['date', 'dateEnd'] as const) {
    const value = item[key];
    if (value === undefined) continue;
    if (dayRange(value) === undefined) {
      report([...at, key], `${key} '${value}' is not a calendar date`);
    } else {
      ranges.push({ key, value });
    }
  }
  const start = item.date === undefined ? undefined : dayRange(item.date);
  const end = item.dateEnd === undefined ? undefined : dayRange(item.dateEnd);
  if (start && end && end.last < start.first) {
    report([...at, 'dateEnd'], `dateEnd '${item.dateEnd}' comes before date '${item.date}'`);
  }
  if (item.period === undefined) return;
  const period = periods.get(item.period);
  if (!period || item.dateNote !== undefined) return;
  for (const { key, value } of ranges) {
    const range = dayRange(value);
    if (range && !overlapsPeriod(range, period)) {
      report(
        [...at, key],
        `${key} '${value}' lies outside period '${period.id}' (${periodSpan(period)}); ` +
          'move it to the right period or say why in dateNote',
      );
    }
  }
}

/** A point filed under no period must be dated, and every date must lie outside every period. */
function checkOutsidePeriods(point: Point, at: Path, periods: readonly Period[], report: Report) {
  if (point.period !== undefined) return;
  if (point.date === undefined) {
    report(
      [...at, 'period'],
      'a point without a period needs a date showing that it lies outside every period',
    );
    return;
  }
  for (const key of ['date', 'dateEnd'] as const) {
    const value = point[key];
    const range = value === undefined ? undefined : dayRange(value);
    const inside = range && periods.find((period) => overlapsPeriod(range, period));
    if (inside) {
      report(
        [...at, 'period'],
        `${key} '${value}' falls in period '${inside.id}' (${periodSpan(inside)}); ` +
          'file the point under it',
      );
    }
  }
}

function recompute(point: Point, inputs: readonly Point[]): number | undefined {
  if (!point.derived) return undefined;
  const sum = inputs.reduce((total, input) => total + input.value, 0);
  const { operation, factor } = point.derived;
  return operation === 'multiply' ? sum * factor : sum / factor;
}

function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether following derived inputs from `start` leads back to it. */
function inCycle(start: string, byId: ReadonlyMap<string, Point>): boolean {
  const stack = [...(byId.get(start)?.derived?.inputs ?? [])];
  const visited = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === start) return true;
    if (visited.has(id)) continue;
    visited.add(id);
    stack.push(...(byId.get(id)?.derived?.inputs ?? []));
  }
  return false;
}

/** Every problem in a schema-valid case that the schema alone cannot find. */
export function checkIntegrity(c: Case, file: string): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => {
    problems.push({ file, path: jsonPath(path), message });
  };

  // Ids
  const periodIndex = indexIds(c.periods, ['periods'], 'period', report);
  const issueIndex = indexIds(c.issues, ['issues'], 'issue', report);
  const sourceIndex = indexIds(c.sources, ['sources'], 'source', report);
  indexIds(c.claims, ['claims'], 'claim', report);
  indexIds(c.measures, ['measures'], 'measure', report);
  const dimensionIds = new Map<string, Set<string>>();
  c.issues.forEach((issue, i) => {
    const ids = indexIds(issue.dimensions, ['issues', i, 'dimensions'], 'dimension', report);
    if (!dimensionIds.has(issue.id)) dimensionIds.set(issue.id, new Set(ids.keys()));
  });
  // Point ids are unique across the case, so a point can be named without its measure.
  const pointSeen = new Map<string, Path>();
  c.measures.forEach((measure, m) => {
    measure.points.forEach((point, p) => {
      const here = ['measures', m, 'points', p, 'id'];
      const first = pointSeen.get(point.id);
      if (first)
        report(here, `duplicate point id '${point.id}' (first used at ${jsonPath(first)})`);
      else pointSeen.set(point.id, here);
    });
  });

  const periods = new Map<string, Period>();
  for (const period of c.periods) if (!periods.has(period.id)) periods.set(period.id, period);
  c.periods.forEach((period, i) => {
    if (period.end !== null && period.end < period.start) {
      report(['periods', i, 'end'], `period '${period.id}' ends (${period.end}) before it starts`);
    }
  });

  // References
  const seenCompared = new Set<string>();
  c.defaultComparison.forEach((id, i) => {
    if (!periodIndex.has(id)) report(['defaultComparison', i], `unknown period '${id}'`);
    if (seenCompared.has(id))
      report(['defaultComparison', i], `period '${id}' is compared with itself`);
    seenCompared.add(id);
  });
  const checkIssueRef = (at: Path, issue: string, dimension: string | undefined): void => {
    const dims = dimensionIds.get(issue);
    if (!issueIndex.has(issue) || !dims) {
      report([...at, 'issue'], `unknown issue '${issue}'`);
    } else if (dimension !== undefined && !dims.has(dimension)) {
      report([...at, 'dimension'], `unknown dimension '${dimension}' in issue '${issue}'`);
    }
  };
  const checkPeriodRef = (at: Path, period: string): void => {
    if (!periodIndex.has(period)) report([...at, 'period'], `unknown period '${period}'`);
  };
  c.claims.forEach((claim, i) => {
    checkIssueRef(['claims', i], claim.issue, claim.dimension);
    checkPeriodRef(['claims', i], claim.period);
    checkDates(claim, ['claims', i], periods, report);
  });
  c.measures.forEach((measure, m) => {
    checkIssueRef(['measures', m], measure.issue, measure.dimension);
    const byId = new Map<string, Point>();
    for (const point of measure.points) if (!byId.has(point.id)) byId.set(point.id, point);
    measure.points.forEach((point, p) => {
      const at = ['measures', m, 'points', p];
      if (point.period !== undefined) checkPeriodRef(at, point.period);
      checkOutsidePeriods(point, at, c.periods, report);
      checkDates(point, at, periods, report);
      if (!point.derived) return;
      const inputs: Point[] = [];
      point.derived.inputs.forEach((id, k) => {
        const input = byId.get(id);
        const where = [...at, 'derived', 'inputs', k];
        if (id === point.id) report(where, `point '${id}' cannot be derived from itself`);
        else if (!input) report(where, `unknown point '${id}' in measure '${measure.id}'`);
        else inputs.push(input);
      });
      if (inputs.length !== point.derived.inputs.length) return;
      if (inCycle(point.id, byId)) {
        report(
          [...at, 'derived', 'inputs'],
          `point '${point.id}' is derived, through others, from itself`,
        );
        return;
      }
      const expected = recompute(point, inputs);
      if (expected !== undefined && !closeEnough(expected, point.value)) {
        const sign = point.derived.operation === 'multiply' ? '×' : '÷';
        const sum = inputs.map((input) => input.value).join(' + ');
        const formula = `(${sum}) ${sign} ${point.derived.factor} = ${expected}`;
        report([...at, 'value'], `derived value ${point.value} does not recompute: ${formula}`);
      }
    });
  });

  // Evidence: source and quote
  for (const { path, evidence } of listEvidence(c)) {
    if (!sourceIndex.has(evidence.source)) {
      report([...path, 'source'], `unknown source '${evidence.source}'`);
    }
    const { exact, prefix, suffix } = evidence.selector;
    const at = [...path, 'selector'];
    for (const [key, text] of [
      ['exact', exact],
      ['prefix', prefix],
      ['suffix', suffix],
    ] as const) {
      const artifact = text === undefined ? undefined : extractionArtifact(text);
      if (artifact) report([...at, key], `contains ${artifact}; quote the clean reading`);
    }
    const words = countWords(exact);
    if (words > MAX_QUOTE_WORDS) {
      report([...at, 'exact'], `quote has ${words} words; at most ${MAX_QUOTE_WORDS} are allowed`);
    }
    const boundary = sentenceBoundary(exact);
    if (boundary !== undefined) {
      const next = exact
        .slice(boundary + 1)
        .trimStart()
        .slice(0, 30);
      report(
        [...at, 'exact'],
        `quote spans more than one sentence (a new one starts at "${next}…"); ` +
          'quote one sentence or less',
      );
    }
  }
  return problems;
}
