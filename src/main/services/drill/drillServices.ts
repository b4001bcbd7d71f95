/** What the drills share: the real services on a workspace, and facts of the default case. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { acceptProposedPath } from '../fileDelivery';
import { createServices, type Services } from '../services';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const CASES_DIR = path.join(REPO_ROOT, 'data', 'cases');
export const DEFAULT_CASE = 'japan-trump';

export function openServices(workspaceDir: string, casesDir = CASES_DIR): Promise<Services> {
  // Delivered files are saved where proposed, so the drills can see them written.
  return createServices({
    workspaceDir,
    casesDir,
    host: 'browser',
    version: '0.0.0-drill',
    saveDialog: acceptProposedPath,
  });
}

export interface CaseFacts {
  readonly caseId: string;
  readonly issue: string;
  readonly dimension: string;
  readonly comparison: readonly string[];
  readonly source: string;
}

/** The first row, the default comparison and the first source of a case, read from its file. */
export async function caseFacts(casesDir = CASES_DIR, caseId = DEFAULT_CASE): Promise<CaseFacts> {
  const raw = JSON.parse(await readFile(path.join(casesDir, caseId, 'case.json'), 'utf8')) as {
    issues: { id: string; dimensions: { id: string }[] }[];
    defaultComparison: string[];
    sources: { id: string }[];
  };
  const issue = raw.issues[0]!;
  return {
    caseId,
    issue: issue.id,
    dimension: issue.dimensions[0]!.id,
    comparison: raw.defaultComparison,
    source: raw.sources[0]!.id,
  };
}

/** Runs `call`; returns the ApiError it threw, or undefined when it succeeded. */
export async function failureOf(call: () => Promise<unknown>): Promise<ApiError | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    if (error instanceof ApiError) return error;
    return new ApiError('internal', `not an ApiError: ${String(error)}`);
  }
}

/** A hash of every file under `dir` (names and bytes), to tell whether anything changed. */
export async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (at: string): Promise<void> => {
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      hash.update(`${path.relative(dir, full)}\0`);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) hash.update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}
