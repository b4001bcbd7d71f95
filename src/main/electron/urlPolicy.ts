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
 * Where the app's own page comes from: `app://diptych` in every build, or in a development build
 * the dev server's loopback origin (see appLocation.ts).
 */
export interface AppLocation {
  /** `scheme://host[:port]`, compared as text: Node gives custom schemes an opaque origin. */
  readonly origin: string;
  readonly development: boolean;
}

/** `scheme://host[:port]` of a URL, or undefined when it has no host (file:, data:, about:). */
export function originOf(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return url.host === '' ? undefined : `${url.protocol}//${url.host}`;
}

/** Whether a frame URL is the app's own page: same scheme, host and port as the app's origin. */
export function isAppUrl(raw: string, app: AppLocation): boolean {
  return originOf(raw) === app.origin;
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
export function isTrustedSender(facts: SenderFacts, app: AppLocation): boolean {
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

/** Local kinds of URL a page may load besides the app's own origin; file: is not among them. */
const LOCAL_PROTOCOLS = ['data:', 'blob:'];

/**
 * The offline filter: a request may go only to the app's own origin, to data: and blob: URLs,
 * and in a development build to DevTools and the loopback dev server. Everything else, file:
 * included, is cancelled.
 */
export function isAllowedRequest(raw: string, app: AppLocation): boolean {
  if (isAppUrl(raw, app)) return true;
  if (LOCAL_PROTOCOLS.some((p) => raw.startsWith(p))) return true;
  if (!app.development) return false;
  return (
    raw.startsWith('devtools:') || /^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(raw)
  );
}
