/**
 * Imports a case bundle. Everything is checked before anything is written
 * (src/core/evidence/bundle/openBundle.ts); the files are then staged in a temporary folder
 * inside the workspace and renamed into place. Only the files the bundle holds are replaced: a
 * PDF, a subfolder or any other file the user keeps beside them stays where it is. What is
 * replaced is first kept as `exports/<case>-before-import-<time>.zip`, read back and checked
 * before any old file is touched. If a step of the swap fails, the steps already done are
 * undone and nothing has changed.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { openBundle, type OpenedBundle } from '../../../core/evidence/bundle/openBundle';
import { mergeCase } from '../../../core/user/merge';
import type { UserLayer } from '../../../core/user/schema';
import { fsyncDirectory } from '../atomicWrite';
import type { WriteFileFn } from '../durableWrite';
import { serializeUserLayer } from '../userLayerStore';
import { sha256Hex } from './bundleExport';
import { backUp } from './importBackup';
import { documentsDir, readCaseFiles } from './caseFiles';
import type { EvidenceContext } from './evidenceContext';
import { bytesOf, named } from './fileArgs';
import type { Operation } from './operations';

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
  writeBackup?: WriteFileFn,
) {
  return ctx.operations.run(operationId, async (op) => {
    const bundle = await open(ctx, base64, fileName, op);
    const caseId = bundle.manifest.caseId;
    await removeStaleStaging(ctx);
    const staging = ctx.workspace.dir(STAGING, `import-${randomUUID()}`);
    try {
      await ctx.workspace.folder(staging);
      await stage(staging, bundle, op);
      const backup = await ctx.users.exclusive(caseId, async () => {
        await op.checkpoint();
        op.commit();
        op.progress(1, 1, 'Writing');
        const current = await readCaseFiles(ctx.workspace, caseId);
        const kept = await backUp(
          ctx,
          caseId,
          current,
          { documents: new Set(bundle.documents.keys()), notes: new Set(bundle.notes.keys()) },
          writeBackup,
        );
        try {
          await swap(ctx, caseId, staging, bundle, hook);
        } catch (error) {
          // Nothing was imported, so there is nothing to restore from: the backup goes too.
          if (kept)
            await rm(await ctx.workspace.realEntry(ctx.workspace.dir(kept)), { force: true });
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
  await mkdir(path.join(staging, 'old', 'documents'), { recursive: true });
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

/**
 * Puts the staged files in place one by one: a document text, user.json, each note. Only files
 * the bundle holds are replaced (a file that is a link inside the workspace is written through);
 * nothing else in the case's folders is moved or removed. Each step records how to undo it; if a
 * step fails the undo list runs backwards and the error is reported, with the workspace as it was.
 */
async function swap(
  ctx: EvidenceContext,
  caseId: string,
  staging: string,
  bundle: OpenedBundle,
  hook: SwapHook | undefined,
): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  const ws = ctx.workspace;
  const touched = new Set<string>();
  const place = async (staged: string, target: string, keep: string) => {
    await ws.folder(path.dirname(target));
    const real = await ws.real(target);
    const had = await exists(real);
    if (had) await copyFile(real, keep);
    await rename(staged, real);
    touched.add(path.dirname(real));
    undo.push(() => (had ? rename(keep, real) : unlink(real)));
  };
  try {
    await hook?.('documents');
    for (const id of bundle.documents.keys()) {
      const name = path.join('documents', `${id}.txt`);
      await place(
        path.join(staging, 'new', name),
        path.join(documentsDir(ws, caseId), `${id}.txt`),
        path.join(staging, 'old', name),
      );
    }
    await hook?.('user-layer');
    await place(
      path.join(staging, 'new', 'user.json'),
      ws.userLayerFile(caseId),
      path.join(staging, 'old', 'user.json'),
    );
    await hook?.('notes');
    for (const id of bundle.notes.keys()) {
      const name = path.join('notes', `${id}.md`);
      await place(
        path.join(staging, 'new', name),
        ws.noteFile(caseId, id),
        path.join(staging, 'old', name),
      );
    }
    await Promise.all([...touched].map((dir) => fsyncDirectory(dir)));
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    if (error instanceof ApiError) throw error;
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
