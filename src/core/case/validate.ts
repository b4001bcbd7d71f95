/**
 * Validates a case file's parsed JSON: its format version, the schema, then the integrity checks.
 * Pure: the caller reads the file, so this runs in the app, the scripts and the tests alike.
 */
import { checkIntegrity } from './integrity';
import { jsonPath, type Problem } from './problem';
import { Case, CASE_SCHEMA_VERSION } from './schema';

export interface CaseValidation {
  /** Present only when there are no problems, so callers can rely on every reference resolving. */
  readonly case?: Case;
  readonly problems: readonly Problem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem with `schemaVersion`, checked first: a file of another version is not read further. */
function versionProblem(raw: Record<string, unknown>): string | undefined {
  const supported =
    'this version of Diptych reads case files with schemaVersion ' + String(CASE_SCHEMA_VERSION);
  if (!('schemaVersion' in raw)) return `schemaVersion is missing; ${supported}`;
  const version = raw.schemaVersion;
  if (version === CASE_SCHEMA_VERSION) return undefined;
  const newer =
    typeof version === 'number' && version > CASE_SCHEMA_VERSION
      ? ' (the file was written for a newer Diptych)'
      : '';
  return `schemaVersion ${JSON.stringify(version)} is not supported${newer}; ${supported}`;
}

/** Every problem in a case file, each naming the file, the JSON path and what is wrong. */
export function validateCase(raw: unknown, file: string): CaseValidation {
  if (!isRecord(raw)) {
    return { problems: [{ file, path: '$', message: 'a case file must hold a JSON object' }] };
  }
  const version = versionProblem(raw);
  if (version) return { problems: [{ file, path: '$.schemaVersion', message: version }] };

  const parsed = Case.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = checkIntegrity(parsed.data, file);
  return problems.length === 0 ? { case: parsed.data, problems } : { problems };
}
