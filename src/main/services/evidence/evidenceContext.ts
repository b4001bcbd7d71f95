/** What the evidence services share: the workspace, the stores, and the operations registry. */
import type { Case } from '../../../core/case/schema';
import type { UserLayerStore } from '../userLayerStore';
import type { Workspace } from '../workspace';
import type { Operations } from './operations';

export interface EvidenceContext {
  readonly workspace: Workspace;
  readonly users: UserLayerStore;
  readonly cases: { get(caseId: string): Promise<Case> };
  readonly operations: Operations;
  readonly appVersion: string;
  /** Writes what other stores hold pending (notes), before a bundle is made from the files. */
  readonly flushPending: () => Promise<void>;
  readonly now: () => Date;
}
