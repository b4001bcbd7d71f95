import { describe, expect, it } from 'vitest';
import { windowOptions } from './windowOptions';

describe('the window', () => {
  const prefs = windowOptions('/app/out/preload/index.js', false).webPreferences!;

  it('isolates and sandboxes the page', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('loads only our preload', () => expect(prefs.preload).toBe('/app/out/preload/index.js'));
});
