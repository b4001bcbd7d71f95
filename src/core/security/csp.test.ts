import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PRINT_PAGE_POLICY } from './csp';

/** Directives a browser ignores in a <meta> policy: only the hosts' header can carry them. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

describe("index.html's CSP", () => {
  it('is the policy the hosts send, but for the directives a <meta> cannot carry', async () => {
    const html = await readFile(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter(
      (d) => !HEADER_ONLY.includes(d.split(' ')[0]!),
    );
    expect(metas[0]![1]!.split('; ')).toEqual(expected);
  });
});

/** A policy's directives by name, each with its sources; a name written twice is an error. */
function directives(policy: string): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (const directive of policy.split(';').map((d) => d.trim())) {
    const [name, ...sources] = directive.split(/\s+/);
    expect(found.has(name!), `${name} is written once`).toBe(false);
    found.set(name!, sources);
  }
  return found;
}

describe("a printed brief's CSP", () => {
  const policy = directives(PRINT_PAGE_POLICY);

  it('runs no script: script-src, and every script directive there is, allows only none', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      if (name.startsWith('script-src')) expect(sources, name).toEqual(["'none'"]);
    }
  });

  it('names no network source: only data: fonts and images, and inline styles', () => {
    // Anything else ('self', a scheme such as https: or ws:, a host, *) would let the page fetch.
    const offline = new Set(["'none'", 'data:', "'unsafe-inline'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(offline.has(source), `${name} allows ${source}`).toBe(true);
        if (source === "'unsafe-inline'")
          expect(name, 'only styles may be inline').toBe('style-src');
      }
    }
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('font-src')).toEqual(['data:']);
  });

  it('locks plugins, the base URL, forms and frames as the workbench does', () => {
    const app = directives(CONTENT_SECURITY_POLICY);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
      expect(app.get(name), name).toEqual(["'none'"]);
    }
  });
});
