/**
 * Briefs waiting to be printed, served from memory at `app://diptych/__print/<token>.html`.
 * A `data:` URL would be simpler, but Chromium refuses one over 2 MB, which a whole case with
 * its figures passes; a file would need `file:` let through the offline block and a temp
 * folder cleaned after a crash. Each page lives from `add` until its `release`, under a random
 * token, with a policy that allows no script, no request and no frame.
 */
import { randomBytes } from 'node:crypto';
import { PRINT_PAGE_POLICY } from '../../core/security/csp';
import { APP_ORIGIN } from './appLocation';

const PREFIX = '/__print/';

/** One page being printed: where to load it, and how to let it go. */
export interface PrintPage {
  readonly url: string;
  release(): void;
}

export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Holds `html` until `release`, under a URL no one can guess. */
  add(html: string): PrintPage {
    const token = randomBytes(24).toString('base64url');
    this.pages.set(token, html);
    return {
      url: `${APP_ORIGIN}${PREFIX}${token}.html`,
      release: () => void this.pages.delete(token),
    };
  }

  /** How many pages are held (none once every print has finished). */
  get size(): number {
    return this.pages.size;
  }

  /**
   * The answer to an `app://` request: a held page, a 404 for any other print URL, or null when
   * the URL is not a print URL (the app's files answer it).
   */
  serve(rawUrl: string): Response | null {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return null;
    }
    // A custom scheme's URL has no origin of its own (`null`): compare scheme and host.
    if (`${url.protocol}//${url.host}` !== APP_ORIGIN || !url.pathname.startsWith(PREFIX)) {
      return null;
    }
    const token = /^([A-Za-z0-9_-]{32})\.html$/.exec(url.pathname.slice(PREFIX.length))?.[1];
    const html = token === undefined ? undefined : this.pages.get(token);
    if (html === undefined) return new Response(null, { status: 404 });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_PAGE_POLICY,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
}
