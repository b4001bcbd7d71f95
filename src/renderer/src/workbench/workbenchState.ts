import type { Case } from '../../../core/case/schema';
import type { UserLayer } from '../../../core/user/schema';
import type { NarrowingHandle } from './useNarrowing';
import type { Panes } from './usePanes';

/**
 * What the workbench's columns all read: the case as merged with the analyst's layer, that
 * layer, the panes on screen and what narrows them. Passed whole, so each column takes it alike.
 */
export interface WorkbenchState {
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly panes: Panes;
  readonly narrowing: NarrowingHandle;
}
