/**
 * The world a fuzz suite runs in: the real services on a workspace inside a temp folder, a
 * sibling folder beside it, and a way to prove nothing was written outside the workspace.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Envelope } from '../../../core/api/errors';
import type { Services } from '../services';
import { openServices, treeHash } from './drillServices';

export interface FuzzWorld {
  readonly root: string;
  readonly workspace: string;
  readonly services: Services;
  /** Every path (with size and mtime) under the root but outside the workspace, and under tmp. */
  outside(): Promise<string>;
  workspaceHash(): Promise<string>;
  dispose(): Promise<void>;
}

async function listing(dir: string, skip: string, depth: number): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (full === skip) continue;
    const info = await stat(full).catch(() => undefined);
    out.push(`${full} ${info?.size ?? '?'} ${info?.mtimeMs ?? '?'}`);
    if (entry.isDirectory() && depth > 0) out.push(...(await listing(full, skip, depth - 1)));
  }
  return out;
}

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-fuzz-'));
  const workspace = path.join(root, 'workspace');
  await mkdir(path.join(root, 'sibling'));
  await writeFile(path.join(root, 'sibling', 'keep.txt'), 'untouched');
  const services = await openServices(workspace);
  return {
    root,
    workspace,
    services,
    // The root is the workspace's parent; the sibling lies in it. Entries of the system temp
    // folder's top level are compared by name only elsewhere, as other programs write there.
    outside: async () => (await listing(root, workspace, 8)).sort().join('\n'),
    workspaceHash: () => treeHash(workspace),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** A stack trace or a source path in a reply: what a host must never send. */
export const STACK_TRACE = /\n\s+at |\.tsx?:\d+|node:internal|\/src\/main\//;

export function isEnvelope(value: unknown): value is Envelope {
  return Envelope.safeParse(value).success;
}
