/**
 * The browser host: the built renderer and the API contract over loopback HTTP.
 *
 * It binds to 127.0.0.1 only, checks the Host header against DNS rebinding, requires the
 * per-launch token as a header on every API call, sends no CORS headers, and serves the
 * contract's methods as `POST /api/<name>` plus events as Server-Sent Events.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatchWithStage } from '../../core/api/dispatch';
import type { ContractShape, HandlersOf } from '../../core/api/define';
import { ApiError, httpStatusFor, type Envelope } from '../../core/api/errors';
import { MAX_BODY_BYTES } from '../../core/api/limits';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';

export const TOKEN_HEADER = 'x-diptych-token';
/** A tab's own id, on its event stream (`?client=`) and its calls, so events can name it. */
export const CLIENT_HEADER = 'x-diptych-client';
const CLIENT_ID = /^[a-z0-9-]{1,40}$/;

export interface EventSource {
  subscribe(listener: (event: string, payload: unknown) => void, clientId?: string): () => void;
  /** Runs a call on behalf of a client, so the events it causes can leave that client out. */
  runAs<T>(clientId: string | undefined, call: () => T): T;
}

export interface BrowserHostOptions<C extends ContractShape> {
  readonly contract: C;
  readonly handlers: HandlersOf<C>;
  readonly events: EventSource;
  /** The built renderer (index.html and assets). */
  readonly rendererDir: string;
  readonly token: string;
  readonly port: number;
  readonly log?: (line: string) => void;
}

export interface RunningHost {
  readonly server: http.Server;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export async function startBrowserHost<C extends ContractShape>(
  options: BrowserHostOptions<C>,
): Promise<RunningHost> {
  const server = http.createServer();
  const streams = new Set<http.ServerResponse>();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const tokenBytes = Buffer.from(options.token, 'utf8');
  const hasToken = (req: http.IncomingMessage): boolean => {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given, 'utf8');
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  server.on('request', (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log?.(`request failed: ${(error as Error).message}`);
      if (!res.headersSent) sendError(res, new ApiError('internal', 'The request failed.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendError(res, new ApiError('forbidden', 'This host name is not allowed.'));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/events' || url.pathname.startsWith('/api/')) {
      if (!hasToken(req)) {
        return sendError(res, new ApiError('unauthorized', 'A valid token is required.'));
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
      const body = await readBody(req);
      if (body === undefined) {
        return sendError(
          res,
          new ApiError('too-large', `The request is larger than ${MAX_BODY_BYTES} bytes.`),
        );
      }
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
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new ApiError('unknown-method', 'Only GET is served here.'));
    }
    return serveStatic(url.pathname, res);
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
        res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      },
      client !== undefined && CLIENT_ID.test(client) ? client : undefined,
    );
    res.on('close', () => {
      unsubscribe();
      streams.delete(res);
    });
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const root = path.resolve(options.rendererDir);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return sendError(res, new ApiError('not-found', 'Not found.'));
    }
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const full = path.resolve(root, relative);
    if (decoded.includes('\0') || !full.startsWith(root + path.sep)) {
      return sendError(res, new ApiError('not-found', 'Not found.'));
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      return sendError(res, new ApiError('not-found', 'Not found.'));
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[path.extname(full).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': bytes.length,
    });
    res.end(bytes);
  }

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
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

function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope, status?: number): void {
  status ??= envelope.ok ? 200 : httpStatusFor(envelope.error.code);
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, error: ApiError): void {
  sendEnvelope(res, { ok: false, error: error.toData() });
}
