/** The IPC sender check: which invoke events come from Diptych's own page. */
import { isTrustedSender, type AppLocation } from './urlPolicy';

/** What an invoke event says about its sender (a slice of Electron's IpcMainInvokeEvent). */
export interface SenderEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string } | null;
}

/** The window whose page may call the API (a slice of BrowserWindow). */
export interface AppWindowLike {
  readonly webContents: { readonly mainFrame: unknown };
}

/** A check for registerIpc: the current app window's main frame, showing the app's origin. */
export function appSenderCheck(
  currentWindow: () => AppWindowLike | null,
  appLocation: AppLocation,
): (event: SenderEvent) => boolean {
  return (event) => {
    const window = currentWindow();
    return isTrustedSender(
      {
        fromAppWindow: window !== null && event.sender === window.webContents,
        isMainFrame: window !== null && event.senderFrame === window.webContents.mainFrame,
        url: event.senderFrame?.url ?? '',
      },
      appLocation,
    );
  };
}
