/**
 * Fuzzes the IPC layer: every method of the contract, through `registerIpc` on a fake ipcMain,
 * in front of the real services on a temp workspace. Each method starts from a call that
 * succeeds, then hostile and seeded-random values, one argument at a time.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contract } from '../../core/api/contract';
import type { Envelope } from '../../core/api/errors';
import { fuzzEveryMethod } from '../services/drill/fuzzRun';
import { createFuzzWorld, type FuzzWorld } from '../services/drill/fuzzWorld';
import { methodChannel } from '../../core/api/channels';
import { registerIpc, type IpcMainLike } from './ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope>;

let world: FuzzWorld;
const listeners = new Map<string, Listener>();
const event = { senderFrame: { url: 'file:///app/index.html' } } as unknown as IpcMainInvokeEvent;

beforeAll(async () => {
  world = await createFuzzWorld();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void listeners.set(channel, listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  registerIpc(ipcMain, contract, world.handlers, () => true);
});

afterAll(async () => {
  await world.services.flush();
  await world.dispose();
});

test('every method handles its base call, refuses hostile arguments with a typed error and writes nothing outside', async () => {
  const outsideBefore = await world.outside();
  const { problems, rows } = await fuzzEveryMethod(world, async (method, args) => {
    const envelope = await listeners.get(methodChannel(method))!(event, ...args);
    return { envelope, text: JSON.stringify(envelope) };
  });
  console.log('IPC fuzz: calls per method, and how many reached its handler');
  console.table(rows);

  expect(problems).toEqual([]);
  expect(await world.outside(), 'something was written beside the workspace').toBe(outsideBefore);
  expect(await world.newAtRoots(), 'something new in /tmp, the home folder or above').toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(rows.map((r) => r.method).sort()).toEqual(Object.keys(contract.methods).sort());
  for (const row of rows) {
    // The base call plus at least one varied call, where a method has arguments to vary.
    const least = row.arity > 0 ? 2 : 1;
    expect(row.reached, `${row.method} reached its handler`).toBeGreaterThanOrEqual(least);
  }
}, 120_000);
