import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from './contract';
import { method, exposedNames, subscriberName } from './define';
import { dispatch } from './dispatch';
import { createApiClient } from './client';
import { MAX_TEXT } from './limits';

const noHandlers = {} as never;

describe('argument validation', () => {
  it('rejects wrong types with the schema message', async () => {
    const result = await dispatch(contract, noHandlers, 'openCase', [42]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(!result.ok && result.error.message).toMatch(/argument 1/);
  });

  it('rejects a missing argument and an extra one', async () => {
    expect(await dispatch(contract, noHandlers, 'readNote', ['japan-trump'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await dispatch(contract, noHandlers, 'listCases', ['extra'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it('rejects arguments that are not an array', async () => {
    expect(await dispatch(contract, noHandlers, 'listCases', { 0: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it.each(['a/b', 'a\\b', '..', '../etc', 'a..b', 'x\0y', '/etc/passwd', 'C:\\x', 'UPPER', ''])(
    'rejects the id %j',
    async (id) => {
      const result = await dispatch(contract, noHandlers, 'readNote', ['japan-trump', id]);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    },
  );

  it('rejects strings over 1 MB', async () => {
    const big = 'x'.repeat(MAX_TEXT + 1);
    const result = await dispatch(contract, noHandlers, 'searchNotes', ['japan-trump', big]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses unknown and inherited names', async () => {
    for (const name of ['noSuchMethod', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(contract, noHandlers, name, [])).toMatchObject({
        ok: false,
        error: { code: 'unknown-method' },
      });
    }
  });

  it('hides internal errors behind a typed error without a stack', async () => {
    const failing = {
      listCases: async () => {
        throw new Error('secret path /home/x');
      },
    };
    const result = await dispatch(contract, failing as never, 'listCases', []);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'listCases failed unexpectedly.' },
    });
  });

  it('refuses a result that does not fit the contract', async () => {
    const wrong = { listCases: async () => ({ cases: 'nope' }) };
    const result = await dispatch(contract, wrong as never, 'listCases', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('contract derivation', () => {
  const extended = {
    methods: { ...contract.methods, addedLater: method(z.tuple([z.string().max(10)]), z.number()) },
    events: { ...contract.events, somethingHappened: z.strictObject({ n: z.number() }) },
  };

  it('exposes every method and one subscriber per event, nothing else', () => {
    const client = createApiClient(extended, {
      call: async () => ({ ok: true, value: 0 }),
      subscribe: () => () => {},
    });
    expect(Object.keys(client).sort()).toEqual(exposedNames(extended).sort());
    expect(Object.keys(client)).toContain('addedLater');
    expect(Object.keys(client)).toContain(subscriberName('somethingHappened'));
    expect(Object.isFrozen(client)).toBe(true);
  });

  it('routes a call through the transport and unwraps the value or the typed error', async () => {
    const calls: [string, readonly unknown[]][] = [];
    const client = createApiClient(extended, {
      call: async (name, args) => {
        calls.push([name, args]);
        return name === 'addedLater'
          ? { ok: true, value: 7 }
          : { ok: false, error: { code: 'not-found', message: 'gone' } };
      },
      subscribe: () => () => {},
    });
    await expect(client.addedLater('x')).resolves.toBe(7);
    await expect(client.listCases()).rejects.toMatchObject({
      name: 'ApiError',
      code: 'not-found',
      message: 'gone',
    });
    expect(calls).toEqual([
      ['addedLater', ['x']],
      ['listCases', []],
    ]);
  });
});
