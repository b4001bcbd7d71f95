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

/**
 * The hidden window a brief is printed in: no script, no Node, no preload, sandboxed, with the
 * same switches as the app's window, so a brief's content can do nothing but be laid out.
 */
export function createPrintWindow(BrowserWindow: BrowserWindowConstructor): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    },
  });
}
