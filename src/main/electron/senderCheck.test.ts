import { describe, expect, it } from 'vitest';
import { appSenderCheck, type AppWindowLike } from './senderCheck';

const location = { origin: 'app://diptych', development: false };

/** A window with a main frame and a subframe, as Electron's objects relate them. */
function fakeWindow(url = 'app://diptych/index.html') {
  const mainFrame = { url };
  const subframe = { url };
  const webContents = { mainFrame };
  const window: AppWindowLike = { webContents };
  return { window, webContents, mainFrame, subframe };
}

describe('the IPC sender check', () => {
  it("accepts the app window's main frame on the app's origin", () => {
    const { window, webContents, mainFrame } = fakeWindow();
    const check = appSenderCheck(() => window, location);
    expect(check({ sender: webContents, senderFrame: mainFrame })).toBe(true);
  });

  it('refuses a subframe of the app window', () => {
    const { window, webContents, subframe } = fakeWindow();
    const check = appSenderCheck(() => window, location);
    expect(check({ sender: webContents, senderFrame: subframe })).toBe(false);
  });

  it('refuses another webContents, even showing the app page', () => {
    const { window, mainFrame } = fakeWindow();
    const other = fakeWindow();
    const check = appSenderCheck(() => window, location);
    expect(check({ sender: other.webContents, senderFrame: mainFrame })).toBe(false);
  });

  it('refuses the main frame once it shows another origin', () => {
    const { window, webContents, mainFrame } = fakeWindow('file:///tmp/evil.html');
    const check = appSenderCheck(() => window, location);
    expect(check({ sender: webContents, senderFrame: mainFrame })).toBe(false);
  });

  it('refuses everything while there is no window, or no frame', () => {
    const { webContents, mainFrame, window } = fakeWindow();
    expect(
      appSenderCheck(() => null, location)({ sender: webContents, senderFrame: mainFrame }),
    ).toBe(false);
    expect(appSenderCheck(() => window, location)({ sender: webContents, senderFrame: null })).toBe(
      false,
    );
  });
});
