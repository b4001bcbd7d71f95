/**
 * The world a fuzz suite runs in: the real services on a workspace inside a temp folder, a
 * sibling folder beside it, and a way to prove nothing was written outside the workspace.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Envelope } from '../../../core/api/errors';
import type { DiptychHandlers } from '../../../core/api/contract';
import type { Services } from '../services';
import { openServices, treeHash } from './drillServices';

export interface FuzzWorld {
  readonly root: string;
  readonly workspace: string;
  readonly services: Services;
  /** The services' handlers, counting the calls that reach each: what a transport is given. */
  readonly handlers: DiptychHandlers;
  /** Calls that reached each handler so far. */
  readonly reached: ReadonlyMap<string, number>;
  /** Every path (with size and mtime) under the root but outside the workspace, and under tmp. */
  outside(): Promise<string>;
  workspaceHash(): Promise<string>;
  /**
   * Entries new since the world was made at the top of the places a hostile path aims at: the
   * system temp folder, the home folder, the workspace's parent and grandparent.
   */
  newAtRoots(): Promise<string[]>;
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

/**
 * What a write that escaped the workspace would be named: from the fuzz values (a path, an id,
 * an export or document name) or Diptych's own files (notes, temp files with this process's
 * id, bundles, settings). The system temp and home folders are shared with other programs,
 * which write there all the time; only names of this shape are compared there.
 */
const OURS = new RegExp(
  [
    'japan|trump|passwd|system32|windows|polluted|conflict|broken|settings|user\\.json',
    'notes|cases|exports|documents|staging|\\.md$|\\.tmp$',
    `\\.${process.pid}\\.`,
    '^(x|etc|con|aux|nul|extra)$',
  ].join('|'),
  'i',
);
/** mkdtemp's `<prefix>XXXXXX`: the temp folders of other test files running alongside. */
const OTHERS_TEMP = /^[A-Za-z][\w.-]*[-._][A-Za-z0-9]{6}$/;

async function topLevel(dirs: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (OURS.test(name) && !OTHERS_TEMP.test(name)) out.add(path.join(dir, name));
    }
  }
  return out;
}

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-fuzz-'));
  const workspace = path.join(root, 'workspace');
  await mkdir(path.join(root, 'sibling'));
  await writeFile(path.join(root, 'sibling', 'keep.txt'), 'untouched');
  const services = await openServices(workspace);
  const reached = new Map<string, number>();
  const handlers = Object.fromEntries(
    Object.entries(services.handlers).map(([name, handler]) => [
      name,
      (...args: unknown[]) => {
        reached.set(name, (reached.get(name) ?? 0) + 1);
        return (handler as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as DiptychHandlers;
  const roots = [...new Set([os.tmpdir(), os.homedir(), root, path.dirname(root)])];
  const before = await topLevel(roots);
  return {
    root,
    workspace,
    services,
    handlers,
    reached,
    newAtRoots: async () => [...(await topLevel(roots))].filter((e) => !before.has(e)),
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
