/**
 * The desktop app's save dialog for delivered files, behind the services' `SaveDialog` port:
 * what to propose and what to write is decided in src/main/services/fileDelivery.ts.
 */
import type { BrowserWindow, Dialog } from 'electron';
import type { SaveDialog } from '../services/fileDelivery';

export function electronSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
): SaveDialog {
  return async (proposed, file) => {
    const options = {
      defaultPath: proposed,
      filters: [{ name: file.label, extensions: [file.extension] }],
    };
    const window = parent();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
