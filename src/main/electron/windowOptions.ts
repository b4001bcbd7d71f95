/**
 * Diptych's one window. The constructor is passed in so a test can capture and check every
 * security switch; the options stay a literal at the `new BrowserWindow(…)` call so that static
 * scanners (Electronegativity) can read them too.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowConstructor = new (
  options: BrowserWindowConstructorOptions,
) => BrowserWindow;

export function createAppWindow(
  BrowserWindow: BrowserWindowConstructor,
  preloadPath: string,
  dark: boolean,
  /** DevTools exist only in a development build. */
  development: boolean,
): BrowserWindow {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Diptych',
    backgroundColor: dark ? '#16181d' : '#fbfaf7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links in a new window, past setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: development,
    },
  });
}
