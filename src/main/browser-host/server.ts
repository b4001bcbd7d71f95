/**
 * The browser host: the built renderer and the API contract over loopback HTTP.
 *
 * It binds to 127.0.0.1 only, checks the Host header against DNS rebinding and the Origin of any
 * request that sends one, admits a browser through a one-time code traded for a session cookie
 * (see LaunchSession), sends no CORS headers, and serves the contract's methods as
 * `POST /api/<name>` plus events as Server-Sent Events.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatchWithStage } from '../../core/api/dispatch';
import type { ContractShape, HandlersOf } from '../../core/api/define';
import { ApiError } from '../../core/api/errors';
import { formatEvent } from '../../core/api/eventStream';
import {
  declaresTooLarge,
  readBody,
  refuseAndClose,
  SECURITY_HEADERS,
  sendEnvelope,
  sendError,
  tooLarge,
} from './httpReplies';
import { withInlineBoot } from '../../core/api/inlineBoot';
import { LaunchSession } from './launchSession';
import { sendSignInPage } from './signInPage';
import { sendFile, serveStatic } from './staticFiles';

export { TOKEN_HEADER } from './launchSession';
/** A tab's own id, on its event stream (`?client=`) and its calls, so events can name it. */
export const CLIENT_HEADER = 'x-diptych-client';
const CLIENT_ID = /^[a-z0-9-]{1,40}$/;

/** Connections served at once; more are refused, so a runaway client cannot exhaust the host. */
export const MAX_CONNECTIONS = 64;

export interface EventSource {
  subscribe(listener: (event: string, payload: unknown) => void, clientId?: string): () => void;
  /** Runs a call on behalf of a client, so the events it causes can leave that client out. */
  runAs<T>(clientId: string | undefined, call: () => T): T;
}

/** Limits on slow clients, in milliseconds (tests shorten them). */
export interface HostTimeouts {
  /** All request headers must arrive within this. */
  readonly headersMs: number;
  /** The whole request, body included, must arrive within this. */
  readonly requestMs: number;
  /** An idle kept-alive connection is closed after this. */
  readonly keepAliveMs: number;
}

const DEFAULT_TIMEOUTS: HostTimeouts = { headersMs: 10_000, requestMs: 60_000, keepAliveMs: 5_000 };

export interface BrowserHostOptions<C extends ContractShape> {
  readonly contract: C;
  readonly handlers: HandlersOf<C>;
  readonly events: EventSource;
  /** The built renderer (index.html and assets). */
  readonly rendererDir: string;
  /** This launch's secret: the session cookie's value (and the API clients' header). */
  readonly token: string;
  readonly port: number;
  readonly timeouts?: Partial<HostTimeouts>;
  readonly log?: (line: string) => void;
  /**
   * The first screen's data, inlined into the page served (see inlineBoot.ts): already checked
   * against the contract, since the page takes it as it is. A rejection inlines nothing.
   */
  readonly boot?: () => Promise<unknown>;
}

export interface RunningHost {
  readonly server: http.Server;
  readonly port: number;
  /** The address to open, with the one-time code. */
  readonly url: string;
  /** The name of the session cookie. */
  readonly cookieName: string;
  /**
   * Resolves once no call is being answered and none has come for `quietMs` since this was
   * asked, or after `maxMs`. A tab that closes sends its last save as it goes (a keepalive
   * request): it can reach the host just after the host was told to stop.
   */
  drain(quietMs: number, maxMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserHost<C extends ContractShape>(
  options: BrowserHostOptions<C>,
): Promise<RunningHost> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const server = http.createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // How often the two timeouts above are checked (Node's default is 30 s).
    connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
  });
  server.maxConnections = MAX_CONNECTIONS;
  const streams = new Set<http.ServerResponse>();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  const session = new LaunchSession(options.token, port);
  const firstCode = session.pendingCode ?? '';

  // Calls being answered, and when the last one came or ended: what `drain` waits out.
  let answering = 0;
  let lastCallAt = 0;
  server.on('request', (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log?.(`request failed: ${(error as Error).message}`);
      if (!res.headersSent) sendError(res, new ApiError('internal', 'The request failed.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return refuseAndClose(req, res, new ApiError('forbidden', 'This host name is not allowed.'));
    }
    // A page of another site may send requests here; SameSite=Strict keeps the cookie off them,
    // and this refuses them outright.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return refuseAndClose(req, res, new ApiError('forbidden', 'This origin is not allowed.'));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/') && url.pathname !== '/api/events') {
      answering += 1;
      lastCallAt = Date.now();
      try {
        return await handleApi(req, res, url);
      } finally {
        answering -= 1;
        lastCallAt = Date.now();
      }
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuseAndClose(req, res, new ApiError('unknown-method', 'Only GET is served here.'));
    }
    if (url.pathname === '/' || url.pathname === '/index.html') return servePage(req, res, url);
    return serveStatic(options.rendererDir, url.pathname, res);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    if (!session.admits(req)) {
      return refuseAndClose(
        req,
        res,
        new ApiError('unauthorized', 'Open Diptych from the address it printed when it started.'),
      );
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET')
        return sendError(res, new ApiError('unknown-method', 'Use GET for events.'));
      return openEventStream(res, url.searchParams.get('client') ?? undefined);
    }
    const name = url.pathname.slice('/api/'.length);
    if (req.method !== 'POST') {
      return sendError(
        res,
        new ApiError('unknown-method', `Use POST for /api/${name.slice(0, 80)}.`),
      );
    }
    if (!Object.prototype.hasOwnProperty.call(options.contract.methods, name)) {
      return sendError(
        res,
        new ApiError('unknown-method', `There is no method named "${name.slice(0, 80)}".`),
      );
    }
    if (declaresTooLarge(req)) return refuseAndClose(req, res, tooLarge());
    const body = await readBody(req);
    if (body === undefined) return refuseAndClose(req, res, tooLarge());
    let args: unknown;
    try {
      args = body.length === 0 ? [] : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(
        res,
        new ApiError('invalid-arguments', 'The request body is not valid JSON.'),
      );
    }
    const { envelope, stage } = await options.events.runAs(clientOf(req), () =>
      dispatchWithStage(options.contract, options.handlers, name, args, (method, error) =>
        options.log?.(`${method}: ${(error as Error).stack ?? String(error)}`),
      ),
    );
    // A refusal at the gate (name, arguments) or a fault of the host gets its HTTP status; the
    // answer of a handler, even a refusal (a conflict, a read-only file, a full disk, a claim
    // whose period does not exist), is carried in the envelope with 200, so the page's console
    // only ever shows real faults.
    const fault = !envelope.ok && envelope.error.code === 'internal';
    return sendEnvelope(res, envelope, stage === 'gate' || fault ? undefined : 200);
  }

  /** The app's page: the code is traded for the cookie and dropped from the address at once. */
  async function servePage(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    const code = url.searchParams.get('code');
    if (code !== null) {
      const traded = session.redeem(code);
      if (traded || session.admits(req)) {
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          Location: '/',
          ...(traded ? { 'Set-Cookie': session.setCookie } : {}),
          'Content-Length': 0,
        });
        return void res.end();
      }
      return sendSignInPage(res, 'used');
    }
    if (!session.admits(req)) return sendSignInPage(res, 'missing');
    if (!options.boot) return serveStatic(options.rendererDir, '/', res);
    let page: string;
    try {
      const html = await readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
      // A boot that fails leaves the page as built: the app then makes the boot call itself
      // and shows that call's error.
      page = withInlineBoot(html, await options.boot().catch(() => null));
    } catch {
      return sendError(res, new ApiError('not-found', 'Not found.'));
    }
    sendFile(res, 'index.html', Buffer.from(page, 'utf8'));
  }

  function openEventStream(res: http.ServerResponse, client: string | undefined): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.events.subscribe(
      (event, payload) => {
        res.write(formatEvent(event, payload));
      },
      client !== undefined && CLIENT_ID.test(client) ? client : undefined,
    );
    res.on('close', () => {
      unsubscribe();
      streams.delete(res);
    });
  }

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?code=${encodeURIComponent(firstCode)}`,
    cookieName: session.cookieName,
    drain: (quietMs, maxMs) =>
      new Promise<void>((resolve) => {
        const asked = Date.now();
        const check = (): void => {
          const now = Date.now();
          const quiet = answering === 0 && now - Math.max(asked, lastCallAt) >= quietMs;
          if (quiet || now - asked >= maxMs) resolve();
          else setTimeout(check, 20);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function clientOf(req: http.IncomingMessage): string | undefined {
  const given = req.headers[CLIENT_HEADER];
  return typeof given === 'string' && CLIENT_ID.test(given) ? given : undefined;
}
