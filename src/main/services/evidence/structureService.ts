/** The analyst's own issue areas and dimensions: rows the source did not name. */
import type { z } from 'zod';
import { ApiError } from '../../../core/api/errors';
import type { Dimension } from '../../../core/case/schema';
import { newUserId } from '../../../core/user/ids';
import type { DimensionInput, IssueInput, UserIssue } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { mutateWithView, nowIso } from './caseView';
import type { EvidenceContext } from './evidenceContext';

export class StructureService {
  constructor(private readonly ctx: EvidenceContext) {}

  async addIssue(
    caseId: string,
    input: z.output<typeof IssueInput>,
  ): Promise<{ issue: UserIssue; user: UserLayerState }> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const label = input.label.trim();
      if (view.merged.case.issues.some((i) => same(i.label, label))) {
        throw new ApiError('conflict', `There is already an issue area named "${label}".`);
      }
      const labels = new Set<string>();
      for (const d of input.dimensions) {
        const key = d.label.trim().toLowerCase();
        if (labels.has(key))
          throw new ApiError('invalid-arguments', `The dimension "${d.label}" is named twice.`);
        labels.add(key);
      }
      const id = newUserId('issue', label, view.taken);
      view.taken.add(id);
      const stamp = nowIso(this.ctx);
      const issue: UserIssue = {
        id,
        label,
        ...(input.description === undefined ? {} : { description: input.description }),
        dimensions: input.dimensions.map((d) => {
          const dim = dimensionOf(d, view.taken);
          view.taken.add(dim.id);
          return dim;
        }),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return { layer: { ...layer, issues: [...layer.issues, issue] }, value: issue };
    });
    return { issue: value, user };
  }

  async addDimension(
    caseId: string,
    issueId: string,
    input: z.output<typeof DimensionInput>,
  ): Promise<{ issue: string; dimension: Dimension; user: UserLayerState }> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const issue = view.merged.case.issues.find((i) => i.id === issueId);
      if (!issue)
        throw new ApiError('not-found', `There is no issue area "${issueId}" in this case.`);
      if (issue.dimensions.some((d) => same(d.label, input.label))) {
        throw new ApiError(
          'conflict',
          `"${issue.label}" already has a dimension named "${input.label.trim()}".`,
        );
      }
      const dimension = dimensionOf(input, view.taken);
      const own = layer.issues.findIndex((i) => i.id === issueId);
      if (own !== -1) {
        const issues = layer.issues.map((i, k) =>
          k === own
            ? { ...i, dimensions: [...i.dimensions, dimension], updatedAt: nowIso(this.ctx) }
            : i,
        );
        return { layer: { ...layer, issues }, value: dimension };
      }
      const entry = { issue: issueId, dimension, createdAt: nowIso(this.ctx) };
      return { layer: { ...layer, dimensions: [...layer.dimensions, entry] }, value: dimension };
    });
    return { issue: issueId, dimension: value, user };
  }
}

function dimensionOf(
  input: z.output<typeof DimensionInput>,
  taken: ReadonlySet<string>,
): Dimension {
  const label = input.label.trim();
  return {
    id: newUserId('dimension', label, taken),
    label,
    ...(input.description === undefined ? {} : { description: input.description }),
  };
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
