/** The shipped default case, read from disk the way a test checks what the screen shows. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Case } from '../../src/core/case/schema';
import { ROOT } from '../support/host';

/** The case as the app reads it: core's type, checked by core's schema. */
export type CaseFile = Case;
export type CaseFileClaim = Case['claims'][number];

export const CASES_DIR = path.join(ROOT, 'data', 'cases');

export async function readDefaultCase(): Promise<CaseFile> {
  const raw = await readFile(path.join(CASES_DIR, 'japan-trump', 'case.json'), 'utf8');
  return Case.parse(JSON.parse(raw));
}

export function periodLabel(kase: CaseFile, id: string): string {
  const found = kase.periods.find((p) => p.id === id);
  if (!found) throw new Error(`no period ${id}`);
  return found.label;
}

export function claimsIn(
  kase: CaseFile,
  issue: string,
  dimension: string,
  period: string,
): readonly CaseFileClaim[] {
  return kase.claims.filter(
    (c) => c.issue === issue && c.dimension === dimension && c.period === period,
  );
}
