/**
 * Bundles the system asked Diptych to open (a double-clicked `.diptych`), queued until the page
 * takes them: one may arrive before the window exists. Only paths the host was handed by the
 * OS enter here; the page can only take what is queued, never name a file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { MAX_BUNDLE_BYTES } from '../../core/evidence/bundle/limits';
import { isBundleFileName } from '../../core/evidence/bundleFile';

export interface OpenedBundle {
  readonly fileName: string;
  readonly contentBase64: string;
}

export class OpenedBundles {
  private readonly queue: string[] = [];

  constructor(private readonly announce: (fileName: string) => void = () => {}) {}

  /** Queues a file the OS handed over; anything that is not named as a bundle is ignored. */
  open(file: string): boolean {
    if (!isBundleFileName(file)) return false;
    const absolute = path.resolve(file);
    if (!this.queue.includes(absolute)) this.queue.push(absolute);
    this.announce(path.basename(absolute));
    return true;
  }

  /** The oldest queued bundle's bytes, or null; an unreadable file is named in the error. */
  async take(): Promise<OpenedBundle | null> {
    const file = this.queue.shift();
    if (file === undefined) return null;
    const fileName = path.basename(file);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('it is not a file');
      if (info.size > MAX_BUNDLE_BYTES) {
        throw new ApiError(
          'too-large',
          `“${fileName}” is ${(info.size / 2 ** 20).toFixed(1)} MB; bundles of at most ${MAX_BUNDLE_BYTES / 2 ** 20} MB can be imported.`,
          file,
        );
      }
      return { fileName, contentBase64: (await readFile(file)).toString('base64') };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'io',
        `“${fileName}” could not be opened: ${(error as Error).message}`,
        file,
      );
    }
  }
}
