/** How the browser host answers: headers every reply carries, the envelope, refusals, bodies. */
import type http from 'node:http';
import { ApiError, httpStatusFor, type Envelope } from '../../core/api/errors';
import { MAX_BODY_BYTES } from '../../core/api/limits';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** How long a refused connection may still deliver bytes before it is cut (lingering close). */
const LINGER_MS = 300;

export function sendEnvelope(res: http.ServerResponse, envelope: Envelope, status?: number): void {
  status ??= envelope.ok ? 200 : httpStatusFor(envelope.error.code);
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function sendError(res: http.ServerResponse, error: ApiError): void {
  sendEnvelope(res, { ok: false, error: error.toData() });
}

/**
 * Answers a request whose body will not be read (no token, too large) and closes the
 * connection, so a client cannot make the host read megabytes it has already refused. The
 * socket is ended after the answer and cut shortly after, which lets the client read the answer
 * rather than lose it to a reset.
 */
export function refuseAndClose(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  error: ApiError,
): void {
  res.shouldKeepAlive = false;
  res.once('finish', () => {
    const socket = req.socket;
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
  sendError(res, error);
}

export function tooLarge(): ApiError {
  return new ApiError('too-large', `The request is larger than ${MAX_BODY_BYTES} bytes.`);
}

/** Reads a body up to the limit; undefined (and reading stops) as soon as it is over. */
export function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A declared `Content-Length` over the limit: refused before any byte of the body is read. */
export function declaresTooLarge(req: http.IncomingMessage): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}
