/**
 * Saves an exported chart or table. The host proposes `<workspace>/exports/<name>` and may let
 * the user choose another place (Electron's save dialog); the write is atomic, so a failed export
 * (a read-only folder, a full disk) leaves no partial file and says which file failed.
 */
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { Id } from '../../core/case/schema';
import {
  ExportContent,
  ExportFileName,
  MAX_EXPORT_BYTES,
  type SaveExportResult,
} from '../../core/charts/exportFile';
import { writeFileAtomically } from './atomicWrite';
import type { Workspace } from './workspace';
import { writeError } from './writeError';

/** Asks where to save, starting from `defaultPath`; null when the user cancels. */
export type ChooseSavePath = (defaultPath: string) => Promise<string | null>;

export type WriteExportFn = (file: string, bytes: Uint8Array) => Promise<void>;

export interface ExportStoreOptions {
  readonly chooseSavePath: ChooseSavePath;
  /** How the file is written; tests inject failures (a full disk) here. */
  readonly writeFile?: WriteExportFn;
}

/** The host capability of a host without dialogs: always the proposed path. */
export const acceptDefaultPath: ChooseSavePath = async (defaultPath) => defaultPath;

export class ExportStore {
  // Temp file, every byte written and checked, fsync, rename: a disk that fills up mid-write
  // fails the export instead of renaming a truncated file into place.
  private readonly writeFile: WriteExportFn;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: ExportStoreOptions,
  ) {
    this.writeFile = options.writeFile ?? writeFileAtomically;
  }

  /** The path proposed for an export: `<workspace>/exports/<fileName>`. */
  defaultPath(fileName: string): string {
    return this.workspace.dir('exports', checkName(fileName));
  }

  async save(caseId: string, fileName: string, contentBase64: string): Promise<SaveExportResult> {
    if (!Id.safeParse(caseId).success) {
      throw new ApiError('invalid-arguments', 'The case id is not valid.');
    }
    const name = checkName(fileName);
    if (!name.startsWith(`${caseId}-`)) {
      throw new ApiError('invalid-arguments', `An export of ${caseId} must be named ${caseId}-….`);
    }
    const content = ExportContent.safeParse(contentBase64);
    if (!content.success) {
      throw new ApiError(
        'invalid-arguments',
        `The content of ${name} is not valid base64 or is too large.`,
      );
    }
    const bytes = Buffer.from(content.data, 'base64');
    if (bytes.byteLength > MAX_EXPORT_BYTES) {
      throw new ApiError('too-large', `${name} is larger than ${MAX_EXPORT_BYTES} bytes.`);
    }

    const proposed = this.defaultPath(name);
    const chosen = await this.options.chooseSavePath(proposed);
    if (chosen === null) return { status: 'cancelled' };
    if (!path.isAbsolute(chosen)) {
      throw new ApiError('invalid-arguments', 'The chosen place to save is not an absolute path.');
    }
    const target = path.resolve(chosen);
    const shown = this.shown(target);
    const kept = 'Nothing was written.';
    if (shown !== target) {
      // Inside the workspace: its folders are the app's own (recreated if the user removed
      // them) and no link along the path may lead out of it.
      await this.workspace.writeFile(target, bytes, { kept, write: this.writeFile });
    } else {
      // A place the user chose outside the workspace, through the save dialog.
      try {
        await this.writeFile(target, bytes);
      } catch (error) {
        throw writeError(error, shown, kept);
      }
    }
    return { status: 'saved', path: target };
  }

  /** A path as the user should read it: relative inside the workspace, absolute outside. */
  private shown(file: string): string {
    const relative = this.workspace.relative(file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  }
}

function checkName(fileName: string): string {
  const parsed = ExportFileName.safeParse(fileName);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-arguments',
      `"${fileName.slice(0, 60)}" is not a valid export file name.`,
    );
  }
  return parsed.data;
}
