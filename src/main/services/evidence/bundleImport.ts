/**
 * Imports a case bundle. Everything is checked before anything is written
 * (src/core/evidence/bundle/openBundle.ts); the files are then staged in a temporary folder
 * inside the workspace and renamed into place, so they appear all at once. If a step of the
 * swap fails, the steps already done are undone and nothing has changed. What was there before
 * is first kept as `exports/<case>-before-import-<time>.zip`.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { openBundle, type OpenedBundle } from '../../../core/evidence/bundle/openBundle';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayer } from '../../../core/user/schema';
import { fsyncDirectory, writeFileAtomically } from '../atomicWrite';
import { serializeUserLayer } from '../userLayerStore';
import { sha256Hex } from './bundleExport';
import { caseDir, documentsDir, readCaseFiles, type CaseFiles } from './caseFiles';
import type { EvidenceContext } from './evidenceContext';
import { bytesOf, named } from './fileArgs';
import type { Operation } from './operations';
import { BundleWriter } from '../../../core/evidence/bundle/bundleWriter';
import { parseUserLayer } from '../../../core/user/migrate';

/** A hook between the swap's steps; tests make a step fail here to check the rollback. */
export type SwapHook = (step: 'documents' | 'user-layer' | 'notes') => Promise<void>;

const STAGING = '.staging';
/** An import runs for seconds; a staging folder this old belongs to none that is running. */
const STALE_STAGING_MS = 60 * 60 * 1000;

interface Counts {
  verdicts: number;
  claims: number;
  sources: number;
  issues: number;
  dimensions: number;
  measures: number;
  points: number;
  documents: number;
  notes: number;
}

function countsOf(layer: UserLayer, notes: number): Counts {
  return {
    verdicts: layer.verdicts.length,
    claims: layer.claims.length,
    sources: layer.sources.length,
    issues: layer.issues.length,
    dimensions: layer.dimensions.length + layer.issues.reduce((n, i) => n + i.dimensions.length, 0),
    measures: layer.measures.length,
    points: layer.points.length + layer.measures.reduce((n, m) => n + m.points.length, 0),
    documents: layer.documents.length,
    notes,
  };
}

async function open(
  ctx: EvidenceContext,
  base64: string,
  fileName: string,
  op: Operation | undefined,
): Promise<OpenedBundle> {
  const bytes = bytesOf(fileName, base64);
  const opened = await openBundle(bytes, {
    sha256: sha256Hex,
    checkpoint: async (done, total) => {
      op?.progress(done, total, `Checking ${fileName}`);
      await op?.checkpoint();
    },
  });
  if (!opened.ok) {
    const code = opened.kind === 'invalid' ? 'invalid-arguments' : opened.kind;
    throw new ApiError(
      code,
      `${named(fileName)} cannot be imported: ${opened.message}. Nothing was changed.`,
    );
  }
  try {
    await ctx.cases.get(opened.bundle.manifest.caseId);
  } catch {
    throw new ApiError(
      'not-found',
      `${named(fileName)} is a bundle of the case "${opened.bundle.manifest.caseId}", which this Diptych does not have. Nothing was changed.`,
    );
  }
  return opened.bundle;
}

/** Checks a bundle completely and says what it holds and what an import would replace. */
export async function inspectBundle(ctx: EvidenceContext, base64: string, fileName: string) {
  const bundle = await open(ctx, base64, fileName, undefined);
  const { manifest, layer } = bundle;
  const builtIn = await ctx.cases.get(manifest.caseId);
  const current = await readCaseFiles(ctx.workspace, manifest.caseId);
  const state = await ctx.users.read(manifest.caseId);
  const hasWork =
    current.userJson !== undefined || current.documents.size > 0 || current.notes.size > 0;
  return {
    fileName,
    caseId: manifest.caseId,
    ...(manifest.caseTitle === undefined ? {} : { caseTitle: manifest.caseTitle }),
    createdAt: manifest.createdAt,
    appVersion: manifest.app.version,
    holds: countsOf(layer, bundle.notes.size),
    replaces: hasWork ? countsOf(state.layer, current.notes.size) : null,
    problems: mergeCase(builtIn, layer).problems.map((p) => `${p.path}: ${p.message}`),
  };
}

export function importBundle(
  ctx: EvidenceContext,
  base64: string,
  fileName: string,
  operationId: string | undefined,
  hook?: SwapHook,
) {
  return ctx.operations.run(operationId, async (op) => {
    const bundle = await open(ctx, base64, fileName, op);
    const caseId = bundle.manifest.caseId;
    await removeStaleStaging(ctx);
    const staging = ctx.workspace.dir(STAGING, `import-${randomUUID()}`);
    try {
      await stage(staging, bundle, op);
      const backup = await ctx.users.exclusive(caseId, async () => {
        await op.checkpoint();
        op.commit();
        op.progress(1, 1, 'Writing');
        const current = await readCaseFiles(ctx.workspace, caseId);
        const kept = await backUp(ctx, caseId, current);
        try {
          await swap(ctx, caseId, staging, bundle, current, hook);
        } catch (error) {
          // Nothing was imported, so there is nothing to restore from: the backup goes too.
          if (kept) await rm(ctx.workspace.dir(kept), { force: true });
          throw error;
        }
        return kept;
      });
      return {
        status: 'done' as const,
        caseId,
        backup,
        notes: [...bundle.notes.keys()],
        user: await ctx.users.read(caseId),
      };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
}

/** Writes the bundle's files into the staging folder, checking for a cancel between files. */
async function stage(staging: string, bundle: OpenedBundle, op: Operation): Promise<void> {
  await mkdir(path.join(staging, 'new', 'documents'), { recursive: true });
  await mkdir(path.join(staging, 'new', 'notes'), { recursive: true });
  await mkdir(path.join(staging, 'old', 'notes'), { recursive: true });
  const files: [string, string][] = [
    ['user.json', serializeUserLayer(bundle.layer)],
    ...[...bundle.documents].map(([id, text]): [string, string] => [`documents/${id}.txt`, text]),
    ...[...bundle.notes].map(([id, text]): [string, string] => [`notes/${id}.md`, text]),
  ];
  for (const [index, [name, text]] of files.entries()) {
    op.progress(index, files.length, `Preparing ${name}`);
    await op.checkpoint();
    await writeFile(path.join(staging, 'new', name), text);
  }
}

/** Keeps what the import replaces as a bundle in exports/; null when there is nothing. */
async function backUp(
  ctx: EvidenceContext,
  caseId: string,
  current: CaseFiles,
): Promise<string | null> {
  if (current.userJson === undefined && current.documents.size === 0 && current.notes.size === 0)
    return null;
  const writer = new BundleWriter(
    { caseId, createdAt: ctx.now().toISOString(), appVersion: ctx.appVersion },
    sha256Hex,
  );
  // user.json as it was, even unreadable: the backup keeps the bytes, not an interpretation.
  if (current.userJson) writer.add('user.json', current.userJson);
  const layer = current.userJson ? readable(current.userJson) : undefined;
  for (const [id, bytes] of current.documents) {
    if (layer?.documents.some((d) => d.id === id) ?? true) writer.add(`documents/${id}.txt`, bytes);
  }
  for (const [id, bytes] of current.notes) writer.add(`notes/${id}.md`, bytes);
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const file = ctx.workspace.dir('exports', `${caseId}-before-import-${stamp}.zip`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, Buffer.from(writer.finish()));
  return ctx.workspace.relative(file);
}

function readable(bytes: Buffer): UserLayer | undefined {
  try {
    const parsed = parseUserLayer(JSON.parse(bytes.toString('utf8')));
    return parsed.ok ? parsed.layer : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renames the staged files into place. Each step records how to undo it; if a step fails the
 * undo list runs backwards and the error is reported, with the workspace as it was.
 */
async function swap(
  ctx: EvidenceContext,
  caseId: string,
  staging: string,
  bundle: OpenedBundle,
  current: CaseFiles,
  hook: SwapHook | undefined,
): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  const dir = caseDir(ctx.workspace, caseId);
  const docs = documentsDir(ctx.workspace, caseId);
  const userFile = ctx.workspace.userLayerFile(caseId);
  const notesDir = ctx.workspace.notesDir(caseId);
  try {
    await mkdir(dir, { recursive: true });
    await mkdir(notesDir, { recursive: true });

    await hook?.('documents');
    if (await exists(docs)) {
      await rename(docs, path.join(staging, 'old', 'documents'));
      undo.push(() => rename(path.join(staging, 'old', 'documents'), docs));
    }
    if (bundle.documents.size > 0) {
      await rename(path.join(staging, 'new', 'documents'), docs);
      undo.push(() => rename(docs, path.join(staging, 'new', 'documents')));
    }

    await hook?.('user-layer');
    const oldUser = path.join(staging, 'old', 'user.json');
    if (current.userJson !== undefined) await copyFile(userFile, oldUser);
    await rename(path.join(staging, 'new', 'user.json'), userFile);
    undo.push(() =>
      current.userJson !== undefined ? rename(oldUser, userFile) : unlink(userFile),
    );

    await hook?.('notes');
    for (const id of bundle.notes.keys()) {
      const target = ctx.workspace.noteFile(caseId, id);
      const kept = path.join(staging, 'old', 'notes', `${id}.md`);
      const had = current.notes.has(id);
      if (had) await copyFile(target, kept);
      await rename(path.join(staging, 'new', 'notes', `${id}.md`), target);
      undo.push(() => (had ? rename(kept, target) : unlink(target)));
    }
    await Promise.all([fsyncDirectory(dir), fsyncDirectory(notesDir)]);
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('io', `The bundle could not be written (${reason}); nothing was changed.`);
  }
}

/** Staging folders left by an import the process did not live to finish (a crash, a kill). */
async function removeStaleStaging(ctx: EvidenceContext): Promise<void> {
  const dir = ctx.workspace.dir(STAGING);
  const names = await readdir(dir).catch(() => [] as string[]);
  const old = Date.now() - STALE_STAGING_MS;
  for (const name of names.filter((n) => n.startsWith('import-'))) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => undefined);
    if (info && info.mtimeMs < old) await rm(full, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
