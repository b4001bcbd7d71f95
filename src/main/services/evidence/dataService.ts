/** The analyst's own data: measures and points, added by hand. CSV imports: csvService.ts. */
import type { z } from 'zod';
import { ApiError } from '../../../core/api/errors';
import type { Point } from '../../../core/case/schema';
import { newUserId } from '../../../core/user/ids';
import type { MeasureInput, PointDraft, UserMeasure } from '../../../core/user/items';
import { checkIssueRef, checkPoint, type Finding } from '../../../core/user/references';
import type { UserLayer, UserLayerState } from '../../../core/user/schema';
import { mutateWithView, nowIso, refuseIfAny, type CaseView } from './caseView';
import type { EvidenceContext } from './evidenceContext';

export class DataService {
  constructor(private readonly ctx: EvidenceContext) {}

  async addMeasure(
    caseId: string,
    input: z.output<typeof MeasureInput>,
  ): Promise<{ measure: UserMeasure; user: UserLayerState }> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const { points, ...draft } = input;
      const result = newMeasureLayer(this.ctx, layer, view, draft, points);
      return { layer: result.layer, value: result.measure };
    });
    return { measure: value, user };
  }

  async addPoint(
    caseId: string,
    measureId: string,
    input: PointDraft,
  ): Promise<{ measure: string; point: Point; user: UserLayerState }> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const result = addPointsLayer(this.ctx, layer, view, measureId, [input]);
      return { layer: result.layer, value: result.points[0]! };
    });
    return { measure: measureId, point: value, user };
  }
}

/** The layer with a new own measure holding `points`; refuses dangling references. */
export function newMeasureLayer(
  ctx: EvidenceContext,
  layer: UserLayer,
  view: CaseView,
  draft: Omit<z.output<typeof MeasureInput>, 'points'>,
  points: readonly PointDraft[],
): { layer: UserLayer; measure: UserMeasure } {
  refuseIfAny('measure', checkIssueRef(view.refs, draft.issue, draft.dimension));
  if (
    view.merged.case.measures.some(
      (m) => m.label.trim().toLowerCase() === draft.label.trim().toLowerCase(),
    )
  ) {
    throw new ApiError('conflict', `There is already a measure named "${draft.label.trim()}".`);
  }
  const id = newUserId('measure', draft.label, view.taken);
  view.taken.add(id);
  const made = withIds(points, view);
  refuseIfAny('point', pointFindings(view, made, new Map()));
  const stamp = nowIso(ctx);
  const measure: UserMeasure = { ...draft, id, points: made, createdAt: stamp, updatedAt: stamp };
  return { layer: { ...layer, measures: [...layer.measures, measure] }, measure };
}

/** The layer with `points` added to a measure, built-in or own; refuses dangling references. */
export function addPointsLayer(
  ctx: EvidenceContext,
  layer: UserLayer,
  view: CaseView,
  measureId: string,
  points: readonly PointDraft[],
): { layer: UserLayer; points: Point[] } {
  const measure = view.merged.case.measures.find((m) => m.id === measureId);
  if (!measure) throw new ApiError('not-found', `There is no measure "${measureId}" in this case.`);
  const made = withIds(points, view);
  refuseIfAny('point', pointFindings(view, made, new Map(measure.points.map((p) => [p.id, p]))));
  const own = layer.measures.findIndex((m) => m.id === measureId);
  if (own !== -1) {
    const stamp = nowIso(ctx);
    const measures = layer.measures.map((m, k) =>
      k === own ? { ...m, points: [...m.points, ...made], updatedAt: stamp } : m,
    );
    return { layer: { ...layer, measures }, points: made };
  }
  const createdAt = nowIso(ctx);
  const added = made.map((point) => ({ measure: measureId, point, createdAt }));
  return { layer: { ...layer, points: [...layer.points, ...added] }, points: made };
}

function withIds(points: readonly PointDraft[], view: CaseView): Point[] {
  return points.map((p) => {
    const id = newUserId('point', undefined, view.taken);
    view.taken.add(id);
    return { ...p, id };
  });
}

/** Findings for each new point, prefixed with its position when there are several. */
function pointFindings(
  view: CaseView,
  points: readonly Point[],
  existing: Map<string, Point>,
): Finding[] {
  const siblings = new Map(existing);
  for (const p of points) siblings.set(p.id, p);
  return points.flatMap((p, i) =>
    checkPoint(view.refs, p, siblings).map((f) => ({
      path: points.length > 1 ? [`points[${i}]`, ...f.path] : f.path,
      message: f.message,
    })),
  );
}
