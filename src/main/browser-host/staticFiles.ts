/** The built renderer's files, served read-only from its folder with their content type. */
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { SECURITY_HEADERS, sendError } from './httpReplies';

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

/** Answers 200 with `bytes`, typed by the extension of `name`. */
export function sendFile(res: http.ServerResponse, name: string, bytes: Buffer): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': bytes.length,
  });
  res.end(bytes);
}

/** The file at `pathname` below `rendererDir`; anything outside it, or absent, is a 404. */
export async function serveStatic(
  rendererDir: string,
  pathname: string,
  res: http.ServerResponse,
): Promise<void> {
  const root = path.resolve(rendererDir);
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
  sendFile(res, full, bytes);
}
