/**
 * The analyst's own items as the case model's shapes, so every view (grid, charts, citations)
 * shows them exactly as it shows built-in ones. Only what the user gave is carried over.
 */
import type { Claim, Issue, Measure, Source } from '../case/schema';
import type { CslName, UserClaim, UserIssue, UserMeasure, UserSource } from './items';

type Person = Source['authors'][number];

/** A CSL name as a case author: a literal (institutional) name becomes the family name. */
export function personOf(name: CslName): Person {
  const family = name.family ?? name.literal ?? '';
  return name.given && name.family ? { family, given: name.given } : { family };
}

export function sourceOf(user: UserSource): Source {
  const url = user.url ?? (user.doi ? `https://doi.org/${user.doi}` : undefined);
  return {
    id: user.id,
    type: user.type,
    authors: user.authors.map(personOf),
    title: user.title,
    ...(user.publisher === undefined ? {} : { publisher: user.publisher }),
    ...(user.containerTitle === undefined ? {} : { containerTitle: user.containerTitle }),
    ...(user.issued === undefined
      ? {}
      : { date: { stated: user.issued, inferred: false, note: '' } }),
    ...(url === undefined ? {} : { url }),
    ...(user.csl === undefined ? {} : { csl: user.csl }),
  };
}

export function claimOf(user: UserClaim): Claim {
  const { createdAt: _c, updatedAt: _u, ...claim } = user;
  return claim;
}

export function issueOf(user: UserIssue): Issue {
  const { createdAt: _c, updatedAt: _u, ...issue } = user;
  return { ...issue, dimensions: [...issue.dimensions] };
}

export function measureOf(user: UserMeasure): Measure {
  const { createdAt: _c, updatedAt: _u, ...measure } = user;
  return { ...measure, points: [...measure.points] };
}
