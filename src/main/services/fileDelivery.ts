/**
 * Delivers a file the analyst asked for. With a save dialog (the desktop app) it proposes
 * `<workspace>/exports/<name>` and writes where the analyst chose, atomically, so a failed write
 * (a read-only folder, a full disk) leaves no partial file and names the file; without one (a
 * browser) it hands the bytes back for the page to download.
 */
import path from 'node:path';
import {
  DELIVERED_TYPES,
  deliveredExtension,
  DeliveryFileName,
  MAX_DELIVERY_BYTES,
  type Delivery,
} from '../../core/api/delivery';
import { ApiError } from '../../core/api/errors';
import { Base64 } from '../../core/api/limits';
import { Id } from '../../core/case/schema';
import { writeFileAtomically } from './atomicWrite';
import type { Workspace } from './workspace';
import { writeError } from './writeError';

/** What the save dialog is told about the file, for its type filter. */
export interface SaveDialogFile {
  readonly extension: string;
  readonly label: string;
}

/** Asks where to save, starting from `proposed`; null when the analyst cancels. */
export type SaveDialog = (proposed: string, file: SaveDialogFile) => Promise<string | null>;

export type WriteDeliveredFn = (file: string, bytes: Uint8Array) => Promise<void>;

export interface FileDeliveryOptions {
  /** The host's save dialog; a host without one (a browser) answers `download`. */
  readonly saveDialog?: SaveDialog;
  /** How the file is written; tests inject failures (a full disk) here. */
  readonly writeFile?: WriteDeliveredFn;
}

/** A save dialog that accepts what is proposed: for tests and drills of the written file. */
export const acceptProposedPath: SaveDialog = async (proposed) => proposed;

export class FileDelivery {
  // Temp file, every byte written and checked, fsync, rename: a disk that fills up mid-write
  // fails the delivery instead of renaming a truncated file into place.
  private readonly writeFile: WriteDeliveredFn;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: FileDeliveryOptions = {},
  ) {
    this.writeFile = options.writeFile ?? writeFileAtomically;
  }

  /** The path proposed for a file: `<workspace>/exports/<fileName>`. */
  proposedPath(fileName: string): string {
    return this.workspace.dir('exports', checkName(fileName));
  }

  async deliver(caseId: string, fileName: string, contentBase64: string): Promise<Delivery> {
    if (!Id.safeParse(caseId).success) {
      throw new ApiError('invalid-arguments', 'The case id is not valid.');
    }
    const name = checkName(fileName);
    if (!name.startsWith(`${caseId}-`)) {
      throw new ApiError('invalid-arguments', `A file of ${caseId} must be named ${caseId}-….`);
    }
    const content = Base64.safeParse(contentBase64);
    if (!content.success || content.data.length % 4 !== 0) {
      throw new ApiError(
        'invalid-arguments',
        `The content of ${name} is not valid base64 or is too large.`,
      );
    }
    const bytes = Buffer.from(content.data, 'base64');
    if (bytes.byteLength > MAX_DELIVERY_BYTES) {
      throw new ApiError('too-large', `${name} is larger than ${MAX_DELIVERY_BYTES} bytes.`);
    }
    const type = DELIVERED_TYPES[deliveredExtension(name)];
    const dialog = this.options.saveDialog;
    if (!dialog) {
      return { status: 'download', fileName: name, mime: type.mime, contentBase64: content.data };
    }

    const proposed = this.proposedPath(name);
    const chosen = await dialog(proposed, {
      extension: deliveredExtension(name),
      label: type.label,
    });
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

  /** A path as the analyst should read it: relative inside the workspace, absolute outside. */
  private shown(file: string): string {
    const relative = this.workspace.relative(file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  }
}

function checkName(fileName: string): string {
  const parsed = DeliveryFileName.safeParse(fileName);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-arguments',
      `"${fileName.slice(0, 60)}" is not a valid name for a file to save.`,
    );
  }
  return parsed.data;
}
