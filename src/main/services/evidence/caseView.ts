/** The merged view a change is checked against, and the refusal when a check fails. */
import { ApiError } from '../../../core/api/errors';
import { mergeCase, type MergedCase } from '../../../core/user/merge';
import { indexRefs, type Finding, type RefIndex } from '../../../core/user/references';
import { userLayerIds } from '../../../core/user/ids';
import type { UserLayer, UserLayerState } from '../../../core/user/schema';
import type { Mutation } from '../userLayerStore';
import type { EvidenceContext } from './evidenceContext';

export interface CaseView {
  readonly merged: MergedCase;
  readonly refs: RefIndex;
  /** Every id in use in the case, built-in and own: new ids avoid them all. */
  readonly taken: Set<string>;
}

export async function viewOf(
  ctx: EvidenceContext,
  caseId: string,
  layer: UserLayer,
): Promise<CaseView> {
  const builtIn = await ctx.cases.get(caseId);
  const merged = mergeCase(builtIn, layer);
  const refs = indexRefs(merged.case);
  const taken = userLayerIds(layer);
  for (const set of [
    refs.claims,
    refs.points,
    refs.sources,
    new Set(refs.measures.keys()),
    new Set(refs.dimensions.keys()),
  ]) {
    for (const id of set) taken.add(id);
  }
  for (const dims of refs.dimensions.values()) for (const id of dims) taken.add(id);
  return { merged, refs, taken };
}

/**
 * Changes the case's user layer in its queue, handing the change the merged view of the layer as
 * it is now, so every check sees what is on disk and not what was read before.
 */
export function mutateWithView<T>(
  ctx: EvidenceContext,
  caseId: string,
  change: (layer: UserLayer, view: CaseView) => Promise<Mutation<T>> | Mutation<T>,
): Promise<{ readonly value: T; readonly user: UserLayerState }> {
  return ctx.users.mutate(caseId, async (layer) => change(layer, await viewOf(ctx, caseId, layer)));
}

/** Refuses a change whose item fails its checks, naming each field and what is wrong. */
export function refuseIfAny(what: string, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  const details = findings.map((f) => `${f.path.join('.') || what}: ${f.message}`).join('; ');
  throw new ApiError('invalid-arguments', `The ${what} cannot be saved: ${details}.`);
}

export function nowIso(ctx: EvidenceContext): string {
  return ctx.now().toISOString();
}
