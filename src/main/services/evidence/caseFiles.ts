/**
 * The files that make up a case's work in the workspace: user.json, the attached documents'
 * text and the notes. Read as one snapshot for a bundle or a backup.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import type { Workspace } from '../workspace';

const NOTE_FILE = /^([a-z0-9][a-z0-9-]{0,79})\.md$/;
const DOCUMENT_FILE = /^(u-[a-z0-9][a-z0-9-]{0,77})\.txt$/;

export interface CaseFiles {
  /** user.json's bytes as on disk, or undefined when there is none. */
  readonly userJson: Buffer | undefined;
  /** Document id → bytes of every `documents/<id>.txt` present. */
  readonly documents: ReadonlyMap<string, Buffer>;
  /** Issue id → bytes of every `notes/<case>/<issue>.md` present. */
  readonly notes: ReadonlyMap<string, Buffer>;
}

export function caseDir(workspace: Workspace, caseId: string): string {
  return path.dirname(workspace.userLayerFile(caseId));
}

export function documentsDir(workspace: Workspace, caseId: string): string {
  return path.join(caseDir(workspace, caseId), 'documents');
}

export async function readCaseFiles(workspace: Workspace, caseId: string): Promise<CaseFiles> {
  const userJson = await readIfPresent(workspace, workspace.userLayerFile(caseId));
  const documents = await readFolder(workspace, documentsDir(workspace, caseId), DOCUMENT_FILE);
  const notes = await readFolder(workspace, workspace.notesDir(caseId), NOTE_FILE);
  return { userJson, documents, notes };
}

async function readIfPresent(workspace: Workspace, file: string): Promise<Buffer | undefined> {
  // A link out of the workspace is refused (named) rather than read into a bundle or backup.
  const real = await workspace.real(file);
  try {
    return await readFile(real);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cannotRead(workspace, file, error);
  }
}

async function readFolder(
  workspace: Workspace,
  dir: string,
  pattern: RegExp,
): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  const real = await workspace.real(dir);
  let names: string[];
  try {
    names = (await readdir(real, { withFileTypes: true }))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return found;
    throw cannotRead(workspace, dir, error);
  }
  for (const name of names) {
    const id = pattern.exec(name)?.[1];
    if (id === undefined) continue;
    const bytes = await readIfPresent(workspace, path.join(dir, name));
    if (bytes) found.set(id, bytes);
  }
  return found;
}

function cannotRead(workspace: Workspace, file: string, error: unknown): ApiError {
  const rel = workspace.relative(file);
  return new ApiError(
    'io',
    `${rel} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    rel,
  );
}
