/** The shipped default case, read from disk the way a test checks what the screen shows. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../support/host';

export interface CaseFileClaim {
  readonly id: string;
  readonly issue: string;
  readonly dimension: string;
  readonly period: string;
  readonly modality: string;
  readonly statement: string;
  readonly actors: readonly string[];
  readonly tags?: readonly string[];
  readonly evidence: {
    readonly selector: {
      readonly exact: string;
      readonly prefix?: string;
      readonly suffix?: string;
    };
    readonly locator?: string;
  };
}

export interface CaseFile {
  readonly id: string;
  readonly defaultComparison: readonly string[];
  readonly periods: readonly { readonly id: string; readonly label: string }[];
  readonly issues: readonly {
    readonly id: string;
    readonly label: string;
    readonly dimensions: readonly { readonly id: string; readonly label: string }[];
  }[];
  readonly claims: readonly CaseFileClaim[];
}

export const CASES_DIR = path.join(ROOT, 'data', 'cases');

export async function readDefaultCase(): Promise<CaseFile> {
  const raw = await readFile(path.join(CASES_DIR, 'japan-trump', 'case.json'), 'utf8');
  return JSON.parse(raw) as CaseFile;
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
