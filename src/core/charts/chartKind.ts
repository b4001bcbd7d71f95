/** Which chart fits a measure's shape. Pure, so the choice is tested without a browser. */
import type { Measure } from '../case/schema';

export type ChartKind = 'bars' | 'timeSeries' | 'ladder' | 'requestVsOutcome';

export interface ChartChoice {
  readonly kind: ChartKind;
  /** Why, in a sentence a reader could be shown. */
  readonly reason: string;
}

/**
 * - thresholds (targets, pledges, demands) with no outcome: a ladder of rungs by actor;
 * - figures dated at two or more distinct times: a time series over the administrations;
 * - a demand and an outcome: request against outcome;
 * - otherwise single figures: grouped bars by period.
 */
export function chooseChartKind(measure: Pick<Measure, 'points'>): ChartChoice {
  const points = measure.points;
  const roles = new Set(points.map((p) => p.role));
  const requests = points.filter((p) => p.role === 'request').length;
  if (!roles.has('outcome') && (roles.has('target') || roles.has('pledge') || requests >= 2)) {
    return {
      kind: 'ladder',
      reason: 'Thresholds set or demanded by different actors, one rung each.',
    };
  }
  const dates = new Set(points.map((p) => p.date));
  if (points.every((p) => p.date !== undefined) && dates.size >= 2) {
    return { kind: 'timeSeries', reason: 'Figures dated at different times, over the periods.' };
  }
  if (roles.has('request') && roles.has('outcome')) {
    return { kind: 'requestVsOutcome', reason: 'What was demanded, against what was paid.' };
  }
  return { kind: 'bars', reason: 'Single figures, one bar per period.' };
}
