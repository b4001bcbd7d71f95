/** What the command line and the install location tell the desktop shell, decided without Electron. */
import path from 'node:path';
import { isBundleFileName } from '../../core/evidence/bundleFile';
import { PACKAGED_CASES_FOLDER } from './packagedPaths';

/** Options of ours that take a value, so the value is not mistaken for a file to open. */
const VALUE_OPTIONS = new Set(['--workspace', '--cases', '--port', '--user-data-dir']);

/**
 * The bundle files named on a command line (a double-click on Windows and Linux starts, or
 * reaches through `second-instance`, `diptych <file>`), resolved against its working folder.
 */
export function bundlePathsIn(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) {
      i += 1;
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (isBundleFileName(arg)) files.push(path.resolve(cwd, arg));
  }
  return files;
}

/** `--user-data-dir DIR` or `--user-data-dir=DIR`: the profile folder of this launch. */
export function userDataDirIn(argv: readonly string[], cwd: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--user-data-dir=')) return path.resolve(cwd, arg.slice(16));
    if (arg === '--user-data-dir' && argv[i + 1] !== undefined)
      return path.resolve(cwd, argv[i + 1]!);
  }
  return undefined;
}

export interface InstallFacts {
  readonly isPackaged: boolean;
  /** process.resourcesPath: beside app.asar in an installed app. */
  readonly resourcesPath: string;
  /** app.getAppPath(): the source checkout when run unpackaged. */
  readonly appRoot: string;
}

/** The built-in cases: shipped as extra resources when installed, `data/cases` in a checkout. */
export function builtInCasesDir(facts: InstallFacts): string {
  return facts.isPackaged
    ? path.join(facts.resourcesPath, PACKAGED_CASES_FOLDER)
    : path.join(facts.appRoot, 'data', 'cases');
}

/**
 * Files the OS asks to open, held until there is somewhere to put them: macOS sends
 * `open-file` before the app is ready when a double-click is what launched it.
 */
export class OpenRequests {
  private readonly early: string[] = [];
  private sink: ((file: string) => void) | undefined;

  add(file: string): void {
    if (this.sink) this.sink(file);
    else this.early.push(file);
  }

  /** From now on files go to `sink`; those that came earlier go first, in order. */
  deliverTo(sink: (file: string) => void): void {
    this.sink = sink;
    for (const file of this.early.splice(0)) sink(file);
  }
}
