import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../core/api/define';
import { ApiError } from '../../core/api/errors';
import { MAX_BODY_BYTES } from '../../core/api/limits';
import { Scratch } from '../services/testing/scratch';
import type { RunningHost } from './server';
import {
  startStandInHost,
  sendToHost,
  type HostReply,
  type HostRequest,
} from './testing/hostRequest';

const testContract = {
  methods: {
    echo: method(z.tuple([z.string().max(10)]), z.string()),
    addedLater: method(z.tuple([]), z.literal('present')),
    refuse: method(z.tuple([]), z.null()),
    crash: method(z.tuple([]), z.null()),
  },
  events: { ping: z.strictObject({ n: z.number() }) },
};

type Listener = (event: string, payload: unknown) => void;

const scratch = new Scratch('diptych-host-');
let host: RunningHost;
const listeners = new Set<Listener>();
const TOKEN = 'test-token-0123456789';

beforeEach(async () => {
  let dir: string;
  ({ host, dir } = await startStandInHost(scratch, 't', {
    contract: testContract,
    handlers: {
      echo: async (s) => s,
      addedLater: async () => 'present' as const,
      refuse: async () => {
        throw new ApiError('conflict', 'changed on disk', 'notes/x.md');
      },
      crash: async () => {
        throw new Error('secret internals');
      },
    },
    events: {
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      runAs: (_client, call) => call(),
    },
    token: TOKEN,
  }));
  await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
});

afterEach(async () => {
  await host.close();
  await scratch.cleanup();
});

/** A POST of JSON unless said otherwise. */
function send(request: HostRequest): Promise<HostReply> {
  return sendToHost(host.port, {
    ...request,
    headers: { 'content-type': 'application/json', ...request.headers },
  });
}

const auth = { 'x-diptych-token': TOKEN };

describe('the browser host', () => {
  it('listens on loopback only', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]{20,}$/);
    expect(host.url).not.toContain(TOKEN);
  });

  it('serves a method added to the contract with no other code', async () => {
    const reply = await send({ path: '/api/addedLater', body: '[]', headers: auth });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: 'present' });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await send({ path: '/api/echo', body: '["a"]' })).status).toBe(401);
    expect(
      (await send({ path: '/api/echo', body: '["a"]', headers: { 'x-diptych-token': 'nope' } }))
        .status,
    ).toBe(401);
    expect(
      (
        await send({
          path: '/api/echo',
          body: '["a"]',
          headers: { 'x-diptych-token': `${TOKEN}x` },
        })
      ).status,
    ).toBe(401);
  });

  it('refuses a foreign Host with 403, before anything else', async () => {
    const reply = await send({
      path: '/api/echo',
      body: '["a"]',
      headers: { ...auth, host: 'attacker.example' },
    });
    expect(reply.status).toBe(403);
    expect(
      (await send({ method: 'GET', path: '/', headers: { host: `evil.example:${host.port}` } }))
        .status,
    ).toBe(403);
  });

  it('accepts localhost and 127.0.0.1 on its own port', async () => {
    for (const name of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
      expect(
        (await send({ path: '/api/echo', body: '["a"]', headers: { ...auth, host: name } })).status,
      ).toBe(200);
    }
  });

  it('answers an unknown method with 404 and invalid arguments with 400 and the message', async () => {
    expect((await send({ path: '/api/nope', body: '[]', headers: auth })).status).toBe(404);
    expect((await send({ path: '/api/constructor', body: '[]', headers: auth })).status).toBe(404);
    const invalid = await send({ path: '/api/echo', body: '[42]', headers: auth });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(JSON.parse(invalid.body).error.message).toMatch(/argument 1/);
    expect((await send({ path: '/api/echo', body: '{not json', headers: auth })).status).toBe(400);
  });

  it('answers the outcome of a valid call, even a failed one, with 200 and the typed error', async () => {
    const reply = await send({ path: '/api/refuse', body: '[]', headers: auth });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'changed on disk', file: 'notes/x.md' },
    });
    const fault = await send({ path: '/api/crash', body: '[]', headers: auth });
    expect(fault.status).toBe(500);
    expect(fault.body).not.toContain('secret');
  });

  it('answers a body of exactly the limit (90 MB), and refuses one byte more with 413', async () => {
    expect(MAX_BODY_BYTES).toBe(90 * 1024 * 1024);
    // JSON may carry whitespace: the call is valid, and the body is exactly the limit in bytes.
    const atLimit = `["a"]${' '.repeat(MAX_BODY_BYTES - 5)}`;
    const reply = await send({ path: '/api/echo', body: atLimit, headers: auth });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: 'a' });
    const over = `${atLimit} `;
    expect((await send({ path: '/api/echo', body: over, headers: auth })).status).toBe(413);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify(['x'.repeat(MAX_BODY_BYTES)]);
    expect((await send({ path: '/api/echo', body: big, headers: auth })).status).toBe(413);
  });

  it('sends no CORS headers and answers no preflight', async () => {
    const reply = await send({
      path: '/api/echo',
      body: '["a"]',
      headers: { ...auth, origin: 'https://evil.example' },
    });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send({
      method: 'OPTIONS',
      path: '/api/echo',
      headers: { origin: 'https://evil.example' },
    });
    expect(preflight.status).not.toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await send({ method: 'GET', path: '/', headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%00',
      '/nope.js',
    ]) {
      const reply = await send({ method: 'GET', path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('streams events to a client holding the token', async () => {
    expect((await send({ method: 'GET', path: '/api/events' })).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: auth },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
            if (text.includes('event: ping')) {
              req.destroy();
              resolve(text);
            }
          });
          // Once connected, emit an event through the hub.
          setTimeout(() => listeners.forEach((l) => l('ping', { n: 1 })), 50);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: ping\ndata: {"n":1}');
  });
});
