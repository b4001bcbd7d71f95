import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../core/api/define';
import { Scratch } from '../services/testing/scratch';
import type { RunningHost } from './server';
import { sendToHost, startStandInHost, type HostReply } from './testing/hostRequest';

const TOKEN = 'session-test-token-0123456789';
const scratch = new Scratch('diptych-session-');
let host: RunningHost;

beforeEach(async () => {
  ({ host } = await startStandInHost(scratch, 'app', {
    contract: { methods: { ping: method(z.tuple([]), z.literal('pong')) }, events: {} },
    handlers: { ping: async () => 'pong' as const },
    token: TOKEN,
  }));
});

afterEach(async () => {
  await host.close();
  await scratch.cleanup();
});

function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<HostReply> {
  return request('GET', pathAndQuery, headers);
}

function request(
  verb: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body?: string,
): Promise<HostReply> {
  return sendToHost(host.port, { method: verb, path: pathAndQuery, headers, body });
}

function codeOf(url: string): string {
  return new URL(url).searchParams.get('code') ?? '';
}

/** Trades the printed code; returns the `name=value` of the cookie it set. */
async function signIn(): Promise<string> {
  const reply = await get(`/?code=${codeOf(host.url)}`);
  expect(reply.status).toBe(303);
  return (reply.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
}

describe('the launch code and the session cookie', () => {
  it('trades the code once for an HttpOnly, SameSite=Strict cookie on Path=/, and sends the page to /', async () => {
    const reply = await get(`/?code=${codeOf(host.url)}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    const attributes = cookie.split(';').map((p) => p.trim());
    expect(attributes[0]).toBe(`${host.cookieName}=${TOKEN}`);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
  });

  it('refuses the code the second time, with a page saying where the address is', async () => {
    await signIn();
    const again = await get(`/?code=${codeOf(host.url)}`);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('already been used');
    expect(again.body).toContain('Diptych running at');
    expect(again.body).toContain('terminal');
  });

  it('refuses a wrong code and a page without any code or cookie', async () => {
    expect((await get('/?code=not-the-code')).status).toBe(401);
    const bare = await get('/');
    expect(bare.status).toBe(401);
    expect(bare.body).toContain('opened without the address Diptych printed');
    expect(bare.body).not.toContain('<title>app</title>');
    // The code is still good after wrong guesses.
    expect((await get(`/?code=${codeOf(host.url)}`)).status).toBe(303);
  });

  it('serves the page and the API to the cookie, and refuses both without it', async () => {
    const cookie = await signIn();
    const page = await get('/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    const call = await request('POST', '/api/ping', { cookie }, '[]');
    expect(JSON.parse(call.body)).toEqual({ ok: true, value: 'pong' });
    expect((await request('POST', '/api/ping', {}, '[]')).status).toBe(401);
    expect(
      (await request('POST', '/api/ping', { cookie: `${host.cookieName}=x` }, '[]')).status,
    ).toBe(401);
    expect((await get('/api/events')).status).toBe(401);
  });

  it('opens the event stream for the cookie', async () => {
    const cookie = await signIn();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { cookie } },
        (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
    });
    expect(status).toBe(200);
  });

  it('refuses a call carrying the cookie from a page of another origin', async () => {
    const cookie = await signIn();
    const foreign = await request(
      'POST',
      '/api/ping',
      { cookie, origin: 'http://evil.example' },
      '[]',
    );
    expect(foreign.status).toBe(403);
    const own = await request(
      'POST',
      '/api/ping',
      { cookie, origin: `http://127.0.0.1:${host.port}` },
      '[]',
    );
    expect(own.status).toBe(200);
  });
});
