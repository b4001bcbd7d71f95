/** A user-layer store on a fresh temp workspace for each test, removed after it. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { UserLayerStore } from '../userLayerStore';
import { Workspace } from '../workspace';

export interface UserLayerTestbed {
  /** The workspace folder. */
  readonly root: string;
  readonly store: UserLayerStore;
  /** The japan-trump case's user.json. */
  readonly file: string;
  /** A second store on the same folder, as after a restart. */
  reopen(): Promise<UserLayerStore>;
}

/** Registers the hooks; the returned object holds the current test's store once it starts. */
export function userLayerEachTest(prefix: string): UserLayerTestbed {
  const current = {
    reopen: async () => new UserLayerStore(await Workspace.open(current.root)),
  } as UserLayerTestbed & { root: string; store: UserLayerStore; file: string };
  beforeEach(async () => {
    current.root = await mkdtemp(path.join(os.tmpdir(), prefix));
    const ws = await Workspace.open(current.root);
    current.store = new UserLayerStore(ws);
    current.file = ws.userLayerFile('japan-trump');
  });
  afterEach(() => rm(current.root, { recursive: true, force: true }));
  return current;
}
