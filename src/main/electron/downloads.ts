/**
 * Files the page offers as downloads (an export's blob link) go through the save dialog,
 * proposing the workspace's exports folder. Electron would show its own dialog otherwise,
 * one that neither proposes that folder nor can be answered in tests.
 */
import path from 'node:path';

export interface DownloadItemLike {
  getFilename(): string;
  setSavePath(file: string): void;
  cancel(): void;
}

/** A `will-download` listener; `ask` must answer synchronously, before the download starts. */
export function saveDownloadsVia(
  ask: (defaultPath: string) => string | undefined,
  exportsDir: string,
): (event: unknown, item: DownloadItemLike) => void {
  return (_event, item) => {
    const chosen = ask(path.join(exportsDir, path.basename(item.getFilename())));
    if (chosen) item.setSavePath(chosen);
    else item.cancel();
  };
}
