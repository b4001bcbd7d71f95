import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { method } from '../../core/api/define';
import type { Envelope } from '../../core/api/errors';
import { registerIpc, type IpcMainLike } from './ipc';

const testContract = {
  methods: {
    echo: method(z.tuple([z.string().max(10)]), z.string()),
    addedLater: method(z.tuple([]), z.number()),
  },
  events: {},
};

function fakeIpcMain(): IpcMainLike & {
  handlers: Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope>>;
} {
  const handlers = new Map<
    string,
    (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope>
  >();
  return {
    handlers,
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
}

const event = { senderFrame: { url: 'file:///app/index.html' } } as unknown as IpcMainInvokeEvent;

describe('IPC registration', () => {
  it('registers one prefixed handler per contract method, and removes them', () => {
    const ipc = fakeIpcMain();
    const dispose = registerIpc(
      ipc,
      testContract,
      { echo: async (s) => s, addedLater: async () => 1 },
      () => true,
    );
    expect([...ipc.handlers.keys()].sort()).toEqual(['diptych:addedLater', 'diptych:echo']);
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers a trusted call with the value', async () => {
    const ipc = fakeIpcMain();
    registerIpc(
      ipc,
      testContract,
      { echo: async (s) => s.toUpperCase(), addedLater: async () => 1 },
      () => true,
    );
    await expect(ipc.handlers.get('diptych:echo')!(event, 'hi')).resolves.toEqual({
      ok: true,
      value: 'HI',
    });
  });

  it('refuses an untrusted sender before running anything', async () => {
    const ipc = fakeIpcMain();
    let ran = false;
    registerIpc(
      ipc,
      testContract,
      { echo: async (s) => ((ran = true), s), addedLater: async () => 1 },
      () => false,
    );
    const result = await ipc.handlers.get('diptych:echo')!(event, 'hi');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toBe(false);
  });

  it('returns a typed error, not a stack trace, for invalid arguments', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, testContract, { echo: async (s) => s, addedLater: async () => 1 }, () => true);
    const result = await ipc.handlers.get('diptych:echo')!(event, 'far too long a string');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });
});
