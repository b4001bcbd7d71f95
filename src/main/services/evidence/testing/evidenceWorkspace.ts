/**
 * Test support, not used by the app. A real temporary workspace with the evidence services over
 * the shipped cases (read-only). `api` calls them as the UI does: through the contract's
 * dispatcher (arguments parsed with their defaults, results checked), errors as ApiError.
 * Progress events are collected in `progress`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiClient } from '../../../../core/api/client';
import { contract, type DiptychApi, type DiptychHandlers } from '../../../../core/api/contract';
import { dispatch } from '../../../../core/api/dispatch';
import { CaseStore } from '../../caseStore';
import {
  evidenceHandlers,
  type EvidenceHandlerOptions,
  type EvidenceHandlers,
} from '../evidenceHandlers';
import type { EvidenceContext } from '../evidenceContext';
import { Operations } from '../operations';
import { UserLayerStore } from '../../userLayerStore';
import { Workspace } from '../../workspace';
import type { Case } from '../../../../core/case/schema';

export const SHIPPED_CASES = path.resolve(__dirname, '../../../../../data/cases');
export const CASE_ID = 'japan-trump';

export interface EvidenceWorkspace {
  readonly root: string;
  readonly workspace: Workspace;
  readonly users: UserLayerStore;
  readonly context: EvidenceContext;
  /** The evidence methods as the UI calls them. */
  readonly api: DiptychApi;
  readonly handlers: EvidenceHandlers;
  readonly progress: { operationId: string; done: number; total: number; label: string }[];
  readonly builtIn: Case;
  /** user.json's bytes, or null when there is none. */
  userJson(): Promise<string | null>;
  cleanup(): Promise<void>;
}

export async function evidenceWorkspace(
  options: EvidenceHandlerOptions = {},
): Promise<EvidenceWorkspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-evidence-'));
  const workspace = await Workspace.open(root);
  const users = new UserLayerStore(workspace);
  const cases = new CaseStore(SHIPPED_CASES);
  const progress: EvidenceWorkspace['progress'] = [];
  const context: EvidenceContext = {
    workspace,
    users,
    cases,
    operations: new Operations((p) => progress.push(p)),
    appVersion: '0.1.0-test',
    flushPending: async () => {},
    now: () => new Date(),
  };
  const handlers = evidenceHandlers(context, options);
  const api = createApiClient(contract, {
    call: async (name, args) => {
      let failure: unknown;
      const envelope = await dispatch(
        contract,
        handlers as unknown as DiptychHandlers,
        name,
        args,
        (_name, error) => (failure = error),
      );
      // An internal error is a bug: show the real one, not its user-facing cover.
      if (failure !== undefined) throw failure;
      return envelope;
    },
    subscribe: () => () => {},
  });
  return {
    root,
    workspace,
    users,
    context,
    api,
    handlers,
    progress,
    builtIn: await cases.get(CASE_ID),
    userJson: async () => {
      try {
        return await readFile(workspace.userLayerFile(CASE_ID), 'utf8');
      } catch {
        return null;
      }
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
