/**
 * The view of a case: the built-in case plus the analyst's own issues, dimensions, sources,
 * claims, measures and points. The result is a plain `Case`, so every view works on it as on a
 * built-in case; `origin` says which items are the user's. Pure: the built-in case is never
 * modified, and a problem in the user layer (a dangling reference, a duplicate id) is reported
 * with its JSON path in user.json, never thrown; the item is left out of the view.
 */
import type { Case, Issue, Measure, Point } from '../case/schema';
import { jsonPath, type Problem } from '../case/problem';
import { claimOf, issueOf, measureOf, sourceOf } from './convert';
import type { DocumentEntry, UserClaim, UserSource } from './items';
import {
  checkClaim,
  checkIssueRef,
  checkPoint,
  indexRefs,
  type Finding,
  type Path,
} from './references';
import type { UserLayer } from './schema';

export type UserItemKind = 'issue' | 'dimension' | 'source' | 'claim' | 'measure' | 'point';

/** Which items of the merged case are the user's. */
export interface UserOrigin {
  readonly issues: ReadonlySet<string>;
  /** `dimensionKey(issue, dimension)` of every own dimension (in a built-in or own issue). */
  readonly dimensions: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
  readonly measures: ReadonlySet<string>;
  /** Own points, in built-in and own measures alike. */
  readonly points: ReadonlySet<string>;
}

export interface LeftOut {
  readonly kind: UserItemKind;
  readonly id: string;
  /** Where the item lies in user.json, e.g. `$.claims[3]`. */
  readonly path: string;
}

export interface MergedCase {
  readonly case: Case;
  readonly origin: UserOrigin;
  /** Every user id of the merged case, of any kind: "is this yours?" in one lookup. */
  readonly userItems: ReadonlySet<string>;
  /** The user's sources with everything the bibliography gave (editors, DOI, CSL type). */
  readonly userSources: ReadonlyMap<string, UserSource>;
  /** The user's claims with when they were made and last changed. */
  readonly userClaims: ReadonlyMap<string, UserClaim>;
  /** Documents attached to sources, by source id. */
  readonly documentsBySource: ReadonlyMap<string, readonly DocumentEntry[]>;
  /** Problems found in the user layer; each item they concern is listed in `leftOut`. */
  readonly problems: readonly Problem[];
  readonly leftOut: readonly LeftOut[];
}

export function dimensionKey(issue: string, dimension: string): string {
  return `${issue}/${dimension}`;
}

export function mergeCase(builtIn: Case, layer: UserLayer): MergedCase {
  const file = `cases/${builtIn.id}/user.json`;
  const problems: Problem[] = [];
  const leftOut: LeftOut[] = [];
  const origin = {
    issues: new Set<string>(),
    dimensions: new Set<string>(),
    sources: new Set<string>(),
    claims: new Set<string>(),
    measures: new Set<string>(),
    points: new Set<string>(),
  };
  const report = (kind: UserItemKind, id: string, at: Path, findings: readonly Finding[]) => {
    for (const f of findings) {
      problems.push({ file, path: jsonPath([...at, ...f.path]), message: f.message });
    }
    leftOut.push({ kind, id, path: jsonPath(at) });
  };

  if (layer.caseId !== builtIn.id) {
    problems.push({
      file,
      path: '$.caseId',
      message: `the layer belongs to case '${layer.caseId}', not '${builtIn.id}'`,
    });
    return emptyMerge(builtIn, problems);
  }

  // Issues and dimensions: copies, so the built-in case is never touched.
  const issues: Issue[] = builtIn.issues.map((i) => ({ ...i, dimensions: [...i.dimensions] }));
  const issueById = new Map(issues.map((i) => [i.id, i]));
  layer.issues.forEach((own, i) => {
    if (issueById.has(own.id)) {
      return report('issue', own.id, ['issues', i], [duplicate('issue', own.id)]);
    }
    const dup = firstDuplicate(own.dimensions.map((d) => d.id));
    if (dup !== undefined) {
      return report('issue', own.id, ['issues', i], [duplicate('dimension', dup)]);
    }
    const issue = issueOf(own);
    issues.push(issue);
    issueById.set(issue.id, issue);
    origin.issues.add(own.id);
    for (const d of own.dimensions) origin.dimensions.add(dimensionKey(own.id, d.id));
  });
  layer.dimensions.forEach((own, i) => {
    const at = ['dimensions', i];
    const issue = issueById.get(own.issue);
    if (!issue) {
      return report('dimension', own.dimension.id, at, [
        { path: ['issue'], message: `unknown issue '${own.issue}'` },
      ]);
    }
    if (issue.dimensions.some((d) => d.id === own.dimension.id)) {
      return report('dimension', own.dimension.id, at, [
        {
          path: ['dimension', 'id'],
          message: `issue '${own.issue}' already has a dimension '${own.dimension.id}'`,
        },
      ]);
    }
    issue.dimensions.push(own.dimension);
    origin.dimensions.add(dimensionKey(own.issue, own.dimension.id));
  });

  // Sources.
  const sources = [...builtIn.sources];
  const sourceIds = new Set(sources.map((s) => s.id));
  const userSources = new Map<string, UserSource>();
  layer.sources.forEach((own, i) => {
    if (sourceIds.has(own.id)) {
      return report('source', own.id, ['sources', i], [duplicate('source', own.id)]);
    }
    sources.push(sourceOf(own));
    sourceIds.add(own.id);
    userSources.set(own.id, own);
    origin.sources.add(own.id);
  });

  const partial: Case = { ...builtIn, issues, sources };
  const refs = indexRefs(partial);

  // Claims.
  const claims = [...builtIn.claims];
  const claimIds = new Set(claims.map((c) => c.id));
  const userClaims = new Map<string, UserClaim>();
  layer.claims.forEach((own, i) => {
    const at = ['claims', i];
    const findings = claimIds.has(own.id) ? [duplicate('claim', own.id)] : checkClaim(refs, own);
    if (findings.length > 0) return report('claim', own.id, at, findings);
    claims.push(claimOf(own));
    claimIds.add(own.id);
    userClaims.set(own.id, own);
    origin.claims.add(own.id);
  });

  // Measures and points: point ids are unique across the case.
  const pointIds = new Set<string>();
  const measures: Measure[] = builtIn.measures.map((m) => {
    for (const p of m.points) pointIds.add(p.id);
    return { ...m, points: [...m.points] };
  });
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const addPoint = (measure: Measure, point: Point, at: Path): boolean => {
    const siblings = new Map(measure.points.map((p) => [p.id, p]));
    const findings = pointIds.has(point.id)
      ? [duplicate('point', point.id)]
      : [...ownId(point.id), ...checkPoint(refs, point, siblings)];
    if (findings.length > 0) {
      report('point', point.id, at, findings);
      return false;
    }
    measure.points.push(point);
    pointIds.add(point.id);
    origin.points.add(point.id);
    return true;
  };
  layer.points.forEach((own, i) => {
    const measure = measureById.get(own.measure);
    if (!measure) {
      return report(
        'point',
        own.point.id,
        ['points', i],
        [{ path: ['measure'], message: `unknown measure '${own.measure}'` }],
      );
    }
    addPoint(measure, own.point, ['points', i, 'point']);
  });
  layer.measures.forEach((own, i) => {
    const at = ['measures', i];
    if (measureById.has(own.id))
      return report('measure', own.id, at, [duplicate('measure', own.id)]);
    const refFindings = checkIssueRef(refs, own.issue, own.dimension);
    if (refFindings.length > 0) return report('measure', own.id, at, refFindings);
    const measure: Measure = { ...measureOf(own), points: [] };
    own.points.forEach((p, k) => addPoint(measure, p, [...at, 'points', k]));
    if (measure.points.length === 0) {
      return report('measure', own.id, at, [
        { path: ['points'], message: 'no point of this measure could be shown' },
      ]);
    }
    measures.push(measure);
    measureById.set(measure.id, measure);
    origin.measures.add(own.id);
  });

  // Documents stay listed even when their source is gone, so the user can still remove them.
  const documentsBySource = new Map<string, DocumentEntry[]>();
  layer.documents.forEach((doc, i) => {
    if (!sourceIds.has(doc.source)) {
      problems.push({
        file,
        path: jsonPath(['documents', i, 'source']),
        message: `document '${doc.fileName}' is attached to unknown source '${doc.source}'`,
      });
    }
    const list = documentsBySource.get(doc.source);
    if (list) list.push(doc);
    else documentsBySource.set(doc.source, [doc]);
  });

  const userItems = new Set<string>([
    ...origin.issues,
    ...origin.sources,
    ...origin.claims,
    ...origin.measures,
    ...origin.points,
  ]);
  for (const key of origin.dimensions) userItems.add(key.slice(key.indexOf('/') + 1));

  return {
    case: { ...partial, claims, measures },
    origin,
    userItems,
    userSources,
    userClaims,
    documentsBySource,
    problems,
    leftOut,
  };
}

function duplicate(what: string, id: string): Finding {
  return { path: ['id'], message: `the ${what} id '${id}' is already used in this case` };
}

function ownId(id: string): Finding[] {
  return id.startsWith('u-')
    ? []
    : [{ path: ['id'], message: `an own point's id starts with "u-"` }];
}

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

function emptyMerge(builtIn: Case, problems: Problem[]): MergedCase {
  const none = new Set<string>();
  return {
    case: builtIn,
    origin: {
      issues: none,
      dimensions: none,
      sources: none,
      claims: none,
      measures: none,
      points: none,
    },
    userItems: none,
    userSources: new Map(),
    userClaims: new Map(),
    documentsBySource: new Map(),
    problems,
    leftOut: [],
  };
}
