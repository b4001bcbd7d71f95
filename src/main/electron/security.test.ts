import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { installSecurityBlock, type SecurityDeps, type WebContentsLike } from './security';

type Listener = (event: { preventDefault(): void }) => void;
type Handlers = {
  -readonly [K in keyof SecurityDeps['session']]?: Parameters<
    Exclude<SecurityDeps['session'][K], SecurityDeps['session']['webRequest']>
  >[0];
};

/** A webContents that records what the block registers on it. */
class FakeContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener>();
  openHandler?: (details: { url: string }) => { action: 'deny' };
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Fires an event the way Electron does and says whether the page's action was stopped. */
  fire(event: string): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function install(development = false) {
  const created: ((event: unknown, contents: WebContentsLike) => void)[] = [];
  const opened: string[] = [];
  const handlers: Handlers = {};
  let headers:
    Parameters<SecurityDeps['session']['webRequest']['onHeadersReceived']>[0] | undefined;
  let requests: Parameters<SecurityDeps['session']['webRequest']['onBeforeRequest']>[0] | undefined;
  const deps: SecurityDeps = {
    app: { on: (_event, listener) => created.push(listener) },
    session: {
      setPermissionRequestHandler: (h) => (handlers.setPermissionRequestHandler = h),
      setPermissionCheckHandler: (h) => (handlers.setPermissionCheckHandler = h),
      setDevicePermissionHandler: (h) => (handlers.setDevicePermissionHandler = h),
      webRequest: {
        onHeadersReceived: (l) => (headers = l),
        onBeforeRequest: (l) => (requests = l),
      },
    },
    openExternal: async (url) => {
      opened.push(url);
    },
  };
  const origin = development ? 'http://localhost:5173' : 'app://diptych';
  installSecurityBlock(deps, { origin, development });
  const contents = new FakeContents();
  for (const listener of created) listener({}, contents);

  const requestPermission = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined;
    handlers.setPermissionRequestHandler?.({}, permission, (g) => (granted = g), { requestingUrl });
    return granted ?? true;
  };
  const checkPermission = (permission: string, requestingUrl: string): boolean =>
    handlers.setPermissionCheckHandler?.({}, permission, requestingUrl, { requestingUrl }) ?? true;
  const cancelled = (url: string): boolean => {
    let cancel = false;
    requests?.({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  const responseHeaders = (): Record<string, string[]> | undefined => {
    let out: Record<string, string[]> | undefined;
    headers?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => (out = r.responseHeaders),
    );
    return out;
  };
  return {
    contents,
    opened,
    handlers,
    requestPermission,
    checkPermission,
    cancelled,
    responseHeaders,
  };
}

describe('the security block', () => {
  it('stops every navigation, redirect and webview', () => {
    const { contents } = install();
    expect(contents.fire('will-navigate')).toBe(true);
    expect(contents.fire('will-redirect')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies window.open, handing only http(s) and mailto links to the OS', async () => {
    const { contents, opened } = install();
    expect(contents.openHandler?.({ url: 'https://www.rsis.edu.sg/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://diptych/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://www.rsis.edu.sg/']);
  });

  it('grants the app page clipboard writes and nothing else, to nobody else', () => {
    const { requestPermission, checkPermission } = install();
    expect(requestPermission('clipboard-sanitized-write', 'app://diptych/index.html')).toBe(true);
    expect(checkPermission('clipboard-sanitized-write', 'app://diptych/index.html')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(requestPermission(permission, 'app://diptych/index.html')).toBe(false);
      expect(checkPermission(permission, 'app://diptych/index.html')).toBe(false);
    }
    expect(requestPermission('clipboard-sanitized-write', 'file:///tmp/evil.html')).toBe(false);
    expect(checkPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('refuses every device (USB, HID, serial)', () => {
    const { handlers } = install();
    expect(handlers.setDevicePermissionHandler?.()).toBe(false);
  });

  it('puts the CSP on every response of a release build', () => {
    const { responseHeaders } = install();
    expect(responseHeaders()).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('leaves the dev server its own relaxed CSP in a development build', () => {
    expect(install(true).responseHeaders()).toBeUndefined();
  });

  it('cancels every request that leaves the app, file:// included', () => {
    const { cancelled } = install();
    expect(cancelled('app://diptych/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('file:///home/analyst/workspace/cases/x/documents/a.txt')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
  });
});
