/**
 * Validates every case folder under data/cases/ (each `<id>/case.json`) and prints each problem as
 * `file at path: message`, one per line; exits 1 if there are any. A broken case does not stop
 * the others from being checked.
 *
 * Where a local copy of a cited source text exists, every quote is also checked against its clean
 * reading. Those texts are never part of the repository, so on a machine without them the check
 * is skipped with a line saying so.
 *
 * Usage: tsx scripts/validate-data.ts [cases-folder]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanReading } from '../src/core/case/cleanReading';
import { formatProblem, type Problem } from '../src/core/case/problem';
import { checkQuotesAgainstSource } from '../src/core/case/quoteCheck';
import { Case } from '../src/core/case/schema';
import { validateCase } from '../src/core/case/validate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Local copies of source texts, by source id, relative to the repository. */
const SOURCE_TEXTS: Readonly<Record<string, string>> = {
  'hughes-rsis': '../shared/sources/hughes-japan-trump2-rsis.txt',
};

function readJson(absolute: string, file: string): { raw?: unknown; problem?: Problem } {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    const message = missing ? 'the case folder has no case.json' : `cannot read (${String(error)})`;
    return { problem: { file, path: '$', message } };
  }
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, path: '$', message: `not valid JSON (${reason})` } };
  }
}

/** Clean readings of the source texts present on this machine, read once each. */
const readings = new Map<string, string | null>();
function readingOf(sourceId: string): string | null | undefined {
  const relative = SOURCE_TEXTS[sourceId];
  if (relative === undefined) return undefined;
  if (!readings.has(sourceId)) {
    const absolute = path.resolve(ROOT, relative);
    readings.set(
      sourceId,
      existsSync(absolute) ? cleanReading(readFileSync(absolute, 'utf8')) : null,
    );
  }
  return readings.get(sourceId);
}

function quoteProblems(raw: unknown, file: string, notes: Set<string>): Problem[] {
  const parsed = Case.safeParse(raw);
  if (!parsed.success) return [];
  const problems: Problem[] = [];
  for (const source of parsed.data.sources) {
    const reading = readingOf(source.id);
    if (reading === undefined) {
      notes.add(
        `quote check skipped for source '${source.id}': no local copy of its text is known`,
      );
    } else if (reading === null) {
      const where = path.relative(process.cwd(), path.resolve(ROOT, SOURCE_TEXTS[source.id] ?? ''));
      notes.add(
        `quote check skipped for source '${source.id}': its text ${where} is not on this machine`,
      );
    } else {
      problems.push(...checkQuotesAgainstSource(parsed.data, file, source.id, reading));
    }
  }
  return problems;
}

function main(): number {
  const casesDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'data/cases'));
  const folders = readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const problems: Problem[] = [];
  const notes = new Set<string>();
  for (const folder of folders) {
    const absolute = path.join(casesDir, folder, 'case.json');
    const file = path.relative(process.cwd(), absolute);
    const { raw, problem } = readJson(absolute, file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    problems.push(...validateCase(raw, file).problems);
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id !== folder) {
      problems.push({
        file,
        path: '$.id',
        message: `case id '${id}' does not match its folder '${folder}'`,
      });
    }
    problems.push(...quoteProblems(raw, file, notes));
  }
  for (const note of notes) console.log(note);
  for (const p of problems) console.error(formatProblem(p));
  const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const counts = [plural(folders.length, 'case'), plural(problems.length, 'problem')];
  const summary = `validate-data: ${counts.join(', ')}`;
  // On failure the summary goes with the problems, so it reads last in either stream.
  if (problems.length === 0) console.log(summary);
  else console.error(summary);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
