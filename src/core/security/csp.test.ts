import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

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
