/**
 * Loads the built-in cases from `data/cases/<id>/case.json`. A case that fails to load is
 * reported by file, path and reason; the others still load.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Case, CaseSummary } from '../../core/case/schema';
import { Id } from '../../core/case/schema';
import type { Problem } from '../../core/case/problem';
import { validateCase } from '../../core/case/validate';
import { summarizeCase } from '../../core/case/summary';
import { ApiError } from '../../core/api/errors';

/** Case files larger than this are refused before parsing. */
const MAX_CASE_BYTES = 50 * 1024 * 1024;

export interface CaseCatalogue {
  readonly cases: readonly CaseSummary[];
  readonly problems: readonly Problem[];
}

export class CaseStore {
  private loaded: Promise<{ cases: Map<string, Case>; problems: Problem[] }> | undefined;

  constructor(readonly casesDir: string) {}

  async catalogue(): Promise<CaseCatalogue> {
    const { cases, problems } = await this.load();
    return { cases: [...cases.values()].map(summarizeCase), problems };
  }

  async get(caseId: string): Promise<Case> {
    const { cases, problems } = await this.load();
    const found = cases.get(caseId);
    if (found) return found;
    const failed = problems.find((p) => p.file.startsWith(`${caseId}/`));
    throw failed
      ? new ApiError(
          'unreadable',
          `The case "${caseId}" could not be loaded: ${failed.message}`,
          failed.file,
        )
      : new ApiError('not-found', `There is no case "${caseId}".`);
  }

  private load(): Promise<{ cases: Map<string, Case>; problems: Problem[] }> {
    this.loaded ??= loadAll(this.casesDir);
    return this.loaded;
  }
}

async function loadAll(dir: string): Promise<{ cases: Map<string, Case>; problems: Problem[] }> {
  const cases = new Map<string, Case>();
  const problems: Problem[] = [];
  let entries: string[];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    problems.push({
      file: dir,
      path: '$',
      message: `the cases folder cannot be read (${code(error)})`,
    });
    return { cases, problems };
  }
  for (const name of entries) {
    const file = `${name}/case.json`;
    if (!Id.safeParse(name).success) {
      problems.push({ file: name, path: '$', message: 'the folder name is not a valid case id' });
      continue;
    }
    const result = await loadCaseFile(path.join(dir, name, 'case.json'), file);
    problems.push(...result.problems);
    if (result.case) {
      if (result.case.id !== name) {
        problems.push({
          file,
          path: '$.id',
          message: `the id "${result.case.id}" does not match its folder "${name}"`,
        });
      } else {
        cases.set(name, result.case);
      }
    }
  }
  return { cases, problems };
}

/** Reads and validates one case file; never throws. */
export async function loadCaseFile(
  full: string,
  file: string,
): Promise<{ readonly case?: Case; readonly problems: readonly Problem[] }> {
  let text: string;
  try {
    const bytes = await readFile(full);
    if (bytes.length > MAX_CASE_BYTES) {
      return {
        problems: [
          {
            file,
            path: '$',
            message: `the file is larger than ${MAX_CASE_BYTES / 1024 / 1024} MB`,
          },
        ],
      };
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const message =
      error instanceof TypeError
        ? 'the file is not valid UTF-8 text'
        : `the file cannot be read (${code(error)})`;
    return { problems: [{ file, path: '$', message }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        { file, path: '$', message: `the file is not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  return validateCase(raw, file);
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
}
