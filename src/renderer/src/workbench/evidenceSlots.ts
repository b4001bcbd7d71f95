/** The evidence and notes features' controls, put into the comparison's slots by the workbench. */
import type { ClaimSlots } from '../compare/claimSlots';
import {
  OwnClaimActions,
  RowAddClaim,
  ShowInContextButton,
  YoursBadge,
} from '../evidence/EntryPoints';
import { NoteBacklinks } from './NoteBacklinks';

export const EVIDENCE_SLOTS: ClaimSlots = {
  RowAddClaim,
  YoursBadge,
  OwnClaimActions,
  ShowInContext: ShowInContextButton,
  NoteBacklinks,
};
