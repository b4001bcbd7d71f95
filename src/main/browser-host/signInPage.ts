import type http from 'node:http';
import { SECURITY_HEADERS } from './httpReplies';

/**
 * The page a browser gets when it holds neither a valid address code nor the session cookie:
 * it says where the address is and what to do, since the cause is never visible in the browser.
 */
export function signInPageHtml(reason: 'used' | 'missing'): string {
  const why =
    reason === 'used'
      ? 'The address you opened has already been used. Each address printed by Diptych opens it once, in one browser.'
      : 'This page was opened without the address Diptych printed when it started.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Diptych: open the address from the terminal</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}code{background:#eee;padding:0 .2em}</style>
</head><body><main>
<h1>Open Diptych from the address it printed</h1>
<p>${why}</p>
<p>When Diptych started, the terminal where you ran it printed a line like
<code>Diptych running at http://127.0.0.1:&lt;port&gt;/?code=&lt;code&gt;</code>.
Open that address in this browser. If you already opened it in another browser, or closed this
browser since, stop Diptych (Ctrl+C in that terminal) and start it again: it prints a new address.</p>
</main></body></html>
`;
}

/** Answers 401 with the sign-in page. */
export function sendSignInPage(res: http.ServerResponse, reason: 'used' | 'missing'): void {
  const body = signInPageHtml(reason);
  res.writeHead(401, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
