import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../core/api/define';
import { MAX_BODY_BYTES } from '../../core/api/limits';
import { Scratch } from '../services/testing/scratch';
import { MAX_CONNECTIONS, startBrowserHost, type RunningHost } from './server';
import { NO_EVENTS, startStandInHost } from './testing/hostRequest';
import { connectRaw, type RawConnection } from './testing/rawHttp';

const TOKEN = 'limits-test-token-0123456789';
const scratch = new Scratch('diptych-limits-');
let host: RunningHost;
let rendererDir: string;
let open: RawConnection[];

beforeEach(async () => {
  ({ host, rendererDir } = await startStandInHost(scratch, 't', {
    contract: { methods: { echo: method(z.tuple([z.string()]), z.string()) }, events: {} },
    handlers: { echo: async (s: string) => s.length.toString() },
    token: TOKEN,
    timeouts: { headersMs: 400 },
  }));
  open = [];
});

afterEach(async () => {
  for (const c of open) c.socket.destroy();
  await host.close();
  await scratch.cleanup();
});

async function connect(): Promise<RawConnection> {
  const c = await connectRaw(host.port);
  open.push(c);
  return c;
}

/** Headers of a POST that promises a body of `length` bytes. */
function post(length: number, extra = ''): string {
  return (
    `POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`
  );
}

describe('the browser host under hostile or careless clients', () => {
  it('answers an oversized body with 413 before the body is sent, and closes the connection', async () => {
    const c = await connect();
    // Only the headers and the first 64 KB of a body twice the limit are ever sent.
    c.socket.write(post(MAX_BODY_BYTES * 2, `X-Diptych-Token: ${TOKEN}\r\n`));
    c.socket.write(Buffer.alloc(64 * 1024, 0x61));
    expect(await c.waitFor(/^HTTP\/1\.1 413 /)).toMatch(/connection: close/i);
    expect(await c.closed()).toBe('closed');
  });

  it('stops reading a chunked body at the limit and answers 413 at once', async () => {
    const c = await connect();
    c.socket.write(
      `POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `X-Diptych-Token: ${TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    // A little over the limit, never the terminating chunk.
    for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) {
      c.socket.write(`${chunk.length.toString(16)}\r\n`);
      c.socket.write(chunk);
      c.socket.write('\r\n');
    }
    await c.waitFor(/^HTTP\/1\.1 413 /, 10_000);
    expect(await c.closed()).toBe('closed');
  });

  it('answers a request without the token with 401 before its body is sent, and closes', async () => {
    const c = await connect();
    c.socket.write(post(1024 * 1024));
    c.socket.write('["only the start of the body');
    const reply = await c.waitFor(/^HTTP\/1\.1 401 [\s\S]*\}$/);
    expect(reply).toMatch(/connection: close/i);
    expect(reply).toContain('Open Diptych from the address it printed');
    expect(await c.closed()).toBe('closed');
  });

  it('keeps a connection with a valid, complete request open for the next one', async () => {
    const c = await connect();
    c.socket.write(post(6, `X-Diptych-Token: ${TOKEN}\r\n`) + '["ab"]');
    await c.waitFor(/^HTTP\/1\.1 200 [\s\S]*"value":"2"/);
    await expect(c.closed(300)).rejects.toThrow(/not closed/);
  });

  it('closes a connection whose headers never finish', async () => {
    const c = await connect();
    c.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `);
    await c.waitFor(/^HTTP\/1\.1 408 /, 5000);
    expect(await c.closed()).toBe('closed');
  });

  it('keeps an event stream open beyond the request time limit', async () => {
    const quick = await startBrowserHost({
      contract: { methods: {}, events: {} },
      handlers: {},
      events: NO_EVENTS,
      rendererDir,
      token: TOKEN,
      port: 0,
      timeouts: { headersMs: 200, requestMs: 300 },
    });
    try {
      const c = await connectRaw(quick.port);
      open.push(c);
      c.socket.write(
        `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\nX-Diptych-Token: ${TOKEN}\r\n\r\n`,
      );
      await c.waitFor(/^HTTP\/1\.1 200 [\s\S]*: connected/);
      // Four times the request limit: the stream is a long response, not a slow request.
      await expect(c.closed(1200)).rejects.toThrow(/not closed/);
    } finally {
      await quick.close();
    }
  });

  it(`serves at most ${MAX_CONNECTIONS} connections at once`, async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => connect()));
    // Each held connection has been accepted and answered once, so the host counts it.
    for (const c of held) c.socket.write(`GET /x HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    await Promise.all(held.map((c) => c.waitFor(/^HTTP\/1\.1 404 /)));
    const extra = await connect();
    expect(await extra.closed()).toBe('closed');
    expect(extra.received()).toBe('');
    held[0]!.socket.destroy();
    await held[0]!.closed();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await connect();
    next.socket.write(`GET /x HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    await next.waitFor(/^HTTP\/1\.1 404 /);
  });
});
