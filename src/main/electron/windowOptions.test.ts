import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppWindow, createPrintWindow, type BrowserWindowConstructor } from './windowOptions';

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

describe('the window a brief is printed in', () => {
  let captured: BrowserWindowConstructorOptions | undefined;
  const Fake = function (this: unknown, options: BrowserWindowConstructorOptions) {
    captured = options;
  } as unknown as BrowserWindowConstructor;
  createPrintWindow(Fake);
  const prefs = captured!.webPreferences!;

  it('is hidden, runs no script and no Node, and has no preload', () => {
    expect(captured!.show).toBe(false);
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.preload).toBeUndefined();
  });

  it('keeps web security on and webviews, insecure content, aux-click and DevTools off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.devTools).toBe(false);
  });
});
