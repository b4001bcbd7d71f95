/** A problem found in a data file, located precisely enough for a user to fix it. */
export interface Problem {
  /** The file, relative to the folder it was loaded from (e.g. `japan-trump/case.json`). */
  readonly file: string;
  /** JSON path inside the file, e.g. `$.claims[12].evidence.selector.exact`; `$` for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Formats a problem as one line: `file at path: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file} at ${p.path}: ${p.message}`;
}

/** Turns zod issue paths into a JSON path string (`$.claims[3].id`). */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}
