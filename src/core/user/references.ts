/**
 * The checks an own item must pass against the case it joins: every issue, dimension, period,
 * source and point it names exists (built-in or own), and its dates are calendar dates inside
 * its period unless a date note says why. Used by the merge (to report) and the services (to
 * refuse), so both apply the same rules.
 */
import type { Case, Measure, Period, Point } from '../case/schema';
import { dayRange, overlapsPeriod } from '../case/dates';

export type Path = readonly (string | number)[];

export interface Finding {
  /** Path inside the item, e.g. `['evidence', 'source']`. */
  readonly path: Path;
  readonly message: string;
}

export interface RefIndex {
  readonly periods: ReadonlyMap<string, Period>;
  /** Issue id → its dimension ids. */
  readonly dimensions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly sources: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
  readonly measures: ReadonlyMap<string, Measure>;
  /** Point ids across the case: a point can be named without its measure. */
  readonly points: ReadonlySet<string>;
}

export function indexRefs(c: Case): RefIndex {
  const dimensions = new Map<string, Set<string>>();
  for (const issue of c.issues) {
    dimensions.set(issue.id, new Set(issue.dimensions.map((d) => d.id)));
  }
  const points = new Set<string>();
  for (const m of c.measures) for (const p of m.points) points.add(p.id);
  return {
    periods: new Map(c.periods.map((p) => [p.id, p])),
    dimensions,
    sources: new Set(c.sources.map((s) => s.id)),
    claims: new Set(c.claims.map((cl) => cl.id)),
    measures: new Map(c.measures.map((m) => [m.id, m])),
    points,
  };
}

export function checkIssueRef(
  refs: RefIndex,
  issue: string,
  dimension: string | undefined,
): Finding[] {
  const dims = refs.dimensions.get(issue);
  if (!dims) return [{ path: ['issue'], message: `unknown issue '${issue}'` }];
  if (dimension !== undefined && !dims.has(dimension)) {
    return [
      { path: ['dimension'], message: `unknown dimension '${dimension}' in issue '${issue}'` },
    ];
  }
  return [];
}

interface Dated {
  readonly period?: string | undefined;
  readonly date?: string | undefined;
  readonly dateEnd?: string | undefined;
  readonly dateNote?: string | undefined;
}

export function checkDated(refs: RefIndex, item: Dated): Finding[] {
  const found: Finding[] = [];
  // A point may lie outside every period (a baseline before the first); then it names none.
  const period = item.period === undefined ? undefined : refs.periods.get(item.period);
  if (item.period !== undefined && !period)
    found.push({ path: ['period'], message: `unknown period '${item.period}'` });
  if (item.dateEnd !== undefined && item.date === undefined) {
    found.push({ path: ['dateEnd'], message: 'dateEnd is given without date: a span needs both' });
  }
  const start = item.date === undefined ? undefined : dayRange(item.date);
  const end = item.dateEnd === undefined ? undefined : dayRange(item.dateEnd);
  if (item.date !== undefined && !start) {
    found.push({ path: ['date'], message: `date '${item.date}' is not a calendar date` });
  }
  if (item.dateEnd !== undefined && !end) {
    found.push({ path: ['dateEnd'], message: `dateEnd '${item.dateEnd}' is not a calendar date` });
  }
  if (start && end && end.last < start.first) {
    found.push({
      path: ['dateEnd'],
      message: `dateEnd '${item.dateEnd}' comes before date '${item.date}'`,
    });
  }
  if (period && item.dateNote === undefined) {
    for (const [key, range, value] of [
      ['date', start, item.date],
      ['dateEnd', end, item.dateEnd],
    ] as const) {
      if (range && !overlapsPeriod(range, period)) {
        found.push({
          path: [key],
          message:
            `${key} '${value}' lies outside period '${period.label}' ` +
            `(${period.start} to ${period.end ?? 'ongoing'}); choose another period or say why in the date note`,
        });
      }
    }
  }
  return found;
}

export function checkSourceRef(refs: RefIndex, source: string, path: Path): Finding[] {
  return refs.sources.has(source) ? [] : [{ path, message: `unknown source '${source}'` }];
}

/** A claim's references and dates. */
export function checkClaim(
  refs: RefIndex,
  claim: {
    readonly issue: string;
    readonly dimension: string;
    readonly period: string;
    readonly date?: string | undefined;
    readonly dateEnd?: string | undefined;
    readonly dateNote?: string | undefined;
    readonly evidence: { readonly source: string };
  },
): Finding[] {
  return [
    ...checkIssueRef(refs, claim.issue, claim.dimension),
    ...checkDated(refs, claim),
    ...checkSourceRef(refs, claim.evidence.source, ['evidence', 'source']),
  ];
}

/** A point's references and dates; `siblings` are the other points of its measure by id. */
export function checkPoint(
  refs: RefIndex,
  point: Omit<Point, 'id'> & { readonly id?: string },
  siblings: ReadonlyMap<string, Point>,
): Finding[] {
  const found = checkDated(refs, point);
  if (point.evidence) {
    found.push(...checkSourceRef(refs, point.evidence.source, ['evidence', 'source']));
  }
  if (point.derived) {
    found.push(
      ...checkSourceRef(refs, point.derived.evidence.source, ['derived', 'evidence', 'source']),
    );
    point.derived.inputs.forEach((input, k) => {
      if (input === point.id) {
        found.push({
          path: ['derived', 'inputs', k],
          message: `point '${input}' cannot be derived from itself`,
        });
      } else if (!siblings.has(input)) {
        found.push({
          path: ['derived', 'inputs', k],
          message: `unknown point '${input}' in this measure`,
        });
      }
    });
    const inputs = point.derived.inputs.map((id) => siblings.get(id));
    if (inputs.every((p) => p !== undefined)) {
      const sum = inputs.reduce((total, p) => total + (p?.value ?? 0), 0);
      const { operation, factor } = point.derived;
      const expected = operation === 'multiply' ? sum * factor : sum / factor;
      if (Math.abs(expected - point.value) > 1e-9 * Math.max(Math.abs(expected), 1)) {
        found.push({
          path: ['value'],
          message: `a derived value must recompute from its inputs: expected ${expected}, found ${point.value}`,
        });
      }
    }
  }
  return found;
}
