import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppWindow, type BrowserWindowConstructor } from './windowOptions';

function captureOptions(development = false): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions | undefined;
  const Fake = function (this: unknown, options: BrowserWindowConstructorOptions) {
    captured = options;
  } as unknown as BrowserWindowConstructor;
  const win: BrowserWindow = createAppWindow(Fake, '/app/out/preload/index.js', false, development);
  expect(win).toBeDefined();
  return captured!;
}

describe('the window', () => {
  const prefs = captureOptions().webPreferences!;

  it('isolates and sandboxes the page', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and aux-click off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads only our preload', () => expect(prefs.preload).toBe('/app/out/preload/index.js'));

  it('has DevTools only in a development build', () => {
    expect(prefs.devTools).toBe(false);
    expect(captureOptions(true).webPreferences?.devTools).toBe(true);
  });
});
