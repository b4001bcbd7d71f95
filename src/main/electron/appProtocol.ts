/**
 * The `app://diptych/` scheme: serves the files of the built renderer, and nothing else. Loading
 * from file:// would make `script-src 'self'` mean every local file, including files that came
 * from an imported bundle; here 'self' is this folder only.
 */
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { APP_HOST, APP_SCHEME } from './appLocation';

/** What the renderer build emits. A short table, not a MIME library: nothing else is served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppFile =
  | { readonly ok: true; readonly file: string; readonly contentType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

function refuse(status: 400 | 403 | 404, reason: string): AppFile {
  return { ok: false, status, reason };
}

/** Whether `inner` is `outer` or lies inside it. */
function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The file of `rendererDir` an `app://diptych/…` URL names, or why it is refused. */
export async function resolveAppFile(rawUrl: string, rendererDir: string): Promise<AppFile> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not ours');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'bad escape');
  }
  // Encoded separators and NUL have no business in a built asset's name.
  if (pathname.includes('\0') || pathname.includes('\\')) return refuse(400, 'bad character');
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, relative);
  if (!isInside(root, target)) return refuse(403, 'outside the renderer');
  try {
    // A link inside the folder must not lead out of it either.
    if (!isInside(realpathSync(root), realpathSync(target))) {
      return refuse(403, 'links outside the renderer');
    }
    if (!(await stat(target)).isFile()) return refuse(404, 'not a file');
  } catch {
    return refuse(404, 'no such file');
  }
  const contentType = CONTENT_TYPES[path.extname(target).toLowerCase()];
  if (contentType === undefined) return refuse(404, 'not a type the app serves');
  return { ok: true, file: target, contentType };
}

/** The protocol handler's answer: the file with the CSP header, or a bare refusal. */
export async function serveAppRequest(rawUrl: string, rendererDir: string): Promise<Response> {
  const found = await resolveAppFile(rawUrl, rendererDir);
  if (!found.ok) return new Response(null, { status: found.status });
  const body = await readFile(found.file);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': found.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The scheme's privileges: a standard, secure origin with fetch; no CSP bypass, no file access. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;
