/**
 * ─────────────────────────────────────────────────────────────────────────────
 *  SECURITY BLOCK. DO NOT CHANGE without reading Electron's security checklist
 *  (https://www.electronjs.org/docs/latest/tutorial/security) and the tests in
 *  urlPolicy.test.ts / windowOptions.test.ts.
 *
 *  Every web contents: navigation denied, window.open denied (http(s)/mailto
 *  links handed to the OS instead), <webview> denied, every permission denied
 *  except writing to the clipboard from the app's own page ("Copy PNG").
 * ─────────────────────────────────────────────────────────────────────────────
 */
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { externalUrlToOpen, isPermissionAllowed, type AppLocation } from './urlPolicy';

export function installSecurityBlock(isDev: boolean, appLocation: AppLocation): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external !== null) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, appLocation)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, appLocation),
  );
  ses.setDevicePermissionHandler(() => false);
  // The CSP is also in index.html; the header covers every response, including errors.
  if (!isDev) {
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
    const url = details.url;
    const local =
      url.startsWith('file:') ||
      url.startsWith('devtools:') ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    const dev = isDev && /^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url);
    callback({ cancel: !(local || dev) });
  });
}
/* ───────────────────────────── END SECURITY BLOCK ───────────────────────────── */
