/**
 * A file the app hands the analyst, caught the way each host delivers it: in the browser as a
 * download; in Electron through the save dialog, answered for this test with a fresh folder
 * (the way Joplin's suite stubs `dialog` in the main process), then read back from disk.
 */
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type ElectronApplication, type Page } from '@playwright/test';

export interface SavedFile {
  readonly path: string;
  readonly fileName: string;
}

const electronApps = new WeakMap<Page, ElectronApplication>();

/** Called by the Electron launcher, so a page object holding only the page can find its app. */
export function rememberElectronApp(page: Page, app: ElectronApplication): void {
  electronApps.set(page, app);
}

export function electronAppOf(page: Page): ElectronApplication | undefined {
  return electronApps.get(page);
}

/** Makes every save dialog of this app answer "save into `dir`, under the proposed name". */
async function answerSaveDialogs(app: ElectronApplication, dir: string): Promise<void> {
  await app.evaluate(({ dialog }, folder) => {
    const target = (args: unknown[]): string => {
      const options = args.find(
        (a): a is { defaultPath?: string } =>
          typeof a === 'object' && a !== null && !('webContents' in a),
      );
      const name = (options?.defaultPath ?? 'export').split(/[\\/]/).pop() ?? 'export';
      return `${folder}/${name}`;
    };
    dialog.showSaveDialog = (async (...args: unknown[]) => ({
      canceled: false,
      filePath: target(args),
    })) as typeof dialog.showSaveDialog;
    dialog.showSaveDialogSync = ((...args: unknown[]) =>
      target(args)) as typeof dialog.showSaveDialogSync;
  }, dir);
}

/** Runs `action` (a click that exports) and returns the file it produced. */
export async function saveFileFrom(page: Page, action: () => Promise<unknown>): Promise<SavedFile> {
  const electron = electronAppOf(page);
  if (!electron) {
    const [download] = await Promise.all([page.waitForEvent('download'), action()]);
    const failure = await download.failure();
    if (failure) throw new Error(`download failed: ${failure}`);
    return { path: await download.path(), fileName: download.suggestedFilename() };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-saved-'));
  await answerSaveDialogs(electron, dir);
  await action();
  let file = '';
  // Written in the main process after the dialog: wait until it is there and stops growing.
  await expect
    .poll(async () => {
      const [name] = await readdir(dir);
      if (name === undefined || name.endsWith('.crdownload')) return 'nothing yet';
      const first = (await stat(path.join(dir, name))).size;
      await new Promise((r) => setTimeout(r, 100));
      const second = (await stat(path.join(dir, name))).size;
      file = name;
      return first === second && first > 0 ? 'written' : 'still writing';
    })
    .toBe('written');
  return { path: path.join(dir, file), fileName: file };
}
