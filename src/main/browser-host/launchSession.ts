/**
 * How a browser proves it was opened by the person who started Diptych. The printed address
 * carries a one-time code; the first page load trades it for an HttpOnly, SameSite=Strict cookie
 * holding this launch's secret, so nothing that grants access stays in the address bar, the
 * history or session files. API clients without a browser (tests, benchmarks) may send the same
 * secret in a header instead: a header cannot be forged across sites, as there is no CORS.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

export const TOKEN_HEADER = 'x-diptych-token';

export class LaunchSession {
  /** The one-time code of the printed address; undefined once it has been used. */
  private code: string | undefined = randomBytes(18).toString('base64url');
  private readonly secret: Buffer;
  /** Per port, so two hosts on the same machine do not replace each other's cookie. */
  readonly cookieName: string;

  constructor(secret: string, port: number) {
    this.secret = Buffer.from(secret, 'utf8');
    this.cookieName = `diptych-session-${port}`;
  }

  /** The code to print in the address, or undefined once it has been traded. */
  get pendingCode(): string | undefined {
    return this.code;
  }

  /** Trades the code for the session cookie, once; every later use is refused. */
  redeem(given: string): boolean {
    if (this.code === undefined || !sameBytes(Buffer.from(given, 'utf8'), Buffer.from(this.code))) {
      return false;
    }
    this.code = undefined;
    return true;
  }

  /** The `Set-Cookie` value that carries the session. */
  get setCookie(): string {
    return `${this.cookieName}=${this.secret.toString('utf8')}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** Whether the request carries this launch's secret, as the cookie or the header. */
  admits(req: http.IncomingMessage): boolean {
    const header = req.headers[TOKEN_HEADER];
    if (typeof header === 'string' && sameBytes(Buffer.from(header, 'utf8'), this.secret)) {
      return true;
    }
    const cookie = cookieValue(req.headers.cookie, this.cookieName);
    return cookie !== undefined && sameBytes(Buffer.from(cookie, 'utf8'), this.secret);
  }
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
