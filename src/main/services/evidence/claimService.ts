/** The analyst's own claims: add, change, delete (returning the claim, for undo) and restore. */
import type { z } from 'zod';
import { ApiError } from '../../../core/api/errors';
import { newUserId } from '../../../core/user/ids';
import type { ClaimInput, UserClaim } from '../../../core/user/items';
import { checkClaim } from '../../../core/user/references';
import type { UserLayerState } from '../../../core/user/schema';
import { mutateWithView, nowIso, refuseIfAny, viewOf } from './caseView';
import type { EvidenceContext } from './evidenceContext';

type ClaimDraft = z.output<typeof ClaimInput>;
type Done<K extends string, T> = { [P in K]: T } & { user: UserLayerState };

export class ClaimService {
  constructor(private readonly ctx: EvidenceContext) {}

  async add(caseId: string, input: ClaimDraft): Promise<Done<'claim', UserClaim>> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      refuseIfAny('claim', checkClaim(view.refs, input));
      const stamp = nowIso(this.ctx);
      const claim: UserClaim = {
        ...input,
        id: newUserId('claim', undefined, view.taken),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return { layer: { ...layer, claims: [...layer.claims, claim] }, value: claim };
    });
    return { claim: value, user };
  }

  async update(
    caseId: string,
    claimId: string,
    input: ClaimDraft,
  ): Promise<Done<'claim', UserClaim>> {
    const { value, user } = await this.ctx.users.mutate(caseId, async (layer) => {
      const index = this.ownIndex(layer.claims, claimId);
      const view = await viewOf(this.ctx, caseId, layer);
      refuseIfAny('claim', checkClaim(view.refs, input));
      const previous = layer.claims[index]!;
      const claim: UserClaim = {
        ...input,
        id: previous.id,
        createdAt: previous.createdAt,
        updatedAt: nowIso(this.ctx),
      };
      const claims = layer.claims.map((c, i) => (i === index ? claim : c));
      return { layer: { ...layer, claims }, value: claim };
    });
    return { claim: value, user };
  }

  async delete(caseId: string, claimId: string): Promise<Done<'deleted', UserClaim>> {
    const { value, user } = await this.ctx.users.mutate(caseId, (layer) => {
      const index = this.ownIndex(layer.claims, claimId);
      const deleted = layer.claims[index]!;
      return {
        layer: { ...layer, claims: layer.claims.filter((_, i) => i !== index) },
        value: deleted,
      };
    });
    return { deleted: value, user };
  }

  /** Undo of a delete: the same claim, same id and dates, back at the end of the list. */
  async restore(caseId: string, claim: UserClaim): Promise<Done<'claim', UserClaim>> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      if (view.taken.has(claim.id)) {
        throw new ApiError(
          'conflict',
          `The id "${claim.id}" is already in use; the claim was not restored.`,
        );
      }
      refuseIfAny('claim', checkClaim(view.refs, claim));
      return { layer: { ...layer, claims: [...layer.claims, claim] }, value: claim };
    });
    return { claim: value, user };
  }

  private ownIndex(claims: readonly UserClaim[], claimId: string): number {
    const index = claims.findIndex((c) => c.id === claimId);
    if (index === -1) {
      throw new ApiError(
        'not-found',
        `There is no claim "${claimId}" of yours in this case; built-in claims cannot be changed.`,
      );
    }
    return index;
  }
}
