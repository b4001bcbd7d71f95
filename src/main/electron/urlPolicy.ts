/** Decisions about URLs, kept free of Electron so they can be tested on their own. */
import { cleanMailtoUrl } from '../../core/security/mailto';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Whether a link may be handed to the OS to open: http(s) and mailto only, nothing else. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  // Credentials in a link are a classic way to disguise its real host.
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/** The URL to hand to the OS for a link: null when it may not open, a mailto link cleaned. */
export function externalUrlToOpen(raw: string): string | null {
  if (!isSafeExternalUrl(raw)) return null;
  return /^mailto:/i.test(raw.trim()) ? cleanMailtoUrl(raw) : raw;
}

/**
 * Whether a frame URL is the app's own page: the built `index.html` loaded from file://, or in
 * development the dev server's origin.
 */
export interface AppLocation {
  readonly indexFile?: string;
  readonly devOrigin?: string;
}

export function isAppUrl(raw: string, app: AppLocation): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (app.devOrigin !== undefined) return url.origin === new URL(app.devOrigin).origin;
  if (url.protocol !== 'file:' || app.indexFile === undefined) return false;
  return (
    decodeURIComponent(url.pathname) ===
    app.indexFile
      .split('\\')
      .join('/')
      .replace(/^(?!\/)/, '/')
  );
}

/** What main knows about the frame behind an IPC call. */
export interface SenderFacts {
  /** The call came from the webContents of Diptych's window. */
  readonly fromAppWindow: boolean;
  /** The call came from that window's main frame, not a subframe. */
  readonly isMainFrame: boolean;
  readonly url: string;
}

/** Only the app's own main frame, showing the app's own page, may call the API. */
export function isTrustedSender(
  facts: SenderFacts,
  app: { readonly indexFile?: string; readonly devOrigin?: string },
): boolean {
  return facts.fromAppWindow && facts.isMainFrame && isAppUrl(facts.url, app);
}

/** The one permission granted: writing an image to the clipboard, asked by the app's own page. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  app: AppLocation,
): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, app);
}
