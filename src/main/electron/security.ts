/**
 * ─────────────────────────────────────────────────────────────────────────────
 *  SECURITY BLOCK. DO NOT CHANGE without reading Electron's security checklist
 *  (https://www.electronjs.org/docs/latest/tutorial/security) and the tests in
 *  security.test.ts / urlPolicy.test.ts / windowOptions.test.ts.
 *
 *  Every web contents: navigation denied, window.open denied (http(s)/mailto
 *  links handed to the OS instead), <webview> denied, every permission denied
 *  except writing to the clipboard from the app's own page ("Copy PNG"); the
 *  CSP on every response; no request leaves the app's own origin.
 * ─────────────────────────────────────────────────────────────────────────────
 */
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import {
  externalUrlToOpen,
  isAllowedRequest,
  isPermissionAllowed,
  type AppLocation,
} from './urlPolicy';

/** The parts of Electron the block touches, so a test can hand it fakes. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SecurityDeps {
  readonly app: {
    on(
      event: 'web-contents-created',
      listener: (event: unknown, contents: WebContentsLike) => void,
    ): unknown;
  };
  readonly session: {
    setPermissionRequestHandler(
      handler: (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl: string },
      ) => void,
    ): void;
    setPermissionCheckHandler(
      handler: (
        contents: unknown,
        permission: string,
        requestingOrigin: string,
        details: { requestingUrl?: string },
      ) => boolean,
    ): void;
    setDevicePermissionHandler(handler: () => boolean): void;
    readonly webRequest: {
      onHeadersReceived(
        listener: (
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: { responseHeaders: Record<string, string[]> }) => void,
        ) => void,
      ): void;
      onBeforeRequest(
        listener: (
          details: { url: string },
          callback: (response: { cancel: boolean }) => void,
        ) => void,
      ): void;
    };
  };
  readonly openExternal: (url: string) => Promise<void>;
}

export function installSecurityBlock(deps: SecurityDeps, appLocation: AppLocation): void {
  deps.app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external !== null) void deps.openExternal(external);
      return { action: 'deny' };
    });
  });

  const ses = deps.session;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, appLocation)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, appLocation),
  );
  ses.setDevicePermissionHandler(() => false);
  // The app:// handler and index.html carry the CSP too; this covers every other response.
  // The dev server's inline React Refresh preamble needs the relaxed CSP of its own index.html.
  if (!appLocation.development) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        },
      });
    });
  }
  // No request leaves the machine: the app is offline by design.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appLocation) });
  });
}
/* ───────────────────────────── END SECURITY BLOCK ───────────────────────────── */
