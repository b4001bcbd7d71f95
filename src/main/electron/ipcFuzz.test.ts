/**
 * Fuzzes the IPC layer: every method of the contract, through `registerIpc` on a fake ipcMain,
 * in front of the real services on a temp workspace, with hostile and seeded-random arguments.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contract } from '../../core/api/contract';
import type { Envelope } from '../../core/api/errors';
import { fuzzCases } from '../services/drill/fuzzInputs';
import {
  createFuzzWorld,
  isEnvelope,
  STACK_TRACE,
  type FuzzWorld,
} from '../services/drill/fuzzWorld';
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
  registerIpc(ipcMain, contract, world.services.handlers, () => true);
});

afterAll(async () => {
  await world.services.flush();
  await world.dispose();
});

test('every method refuses hostile arguments with a typed error and writes nothing', async () => {
  const cases = fuzzCases(contract);
  const outsideBefore = await world.outside();
  const hashBefore = await world.workspaceHash();
  const problems: string[] = [];
  let sent = 0;
  const call = async (method: string, args: unknown[]): Promise<Envelope> => {
    sent += 1;
    return listeners.get(methodChannel(method))!(event, ...args);
  };

  for (const c of cases.filter((x) => !x.accepted)) {
    const reply = await call(c.method, c.args);
    const text = JSON.stringify(reply);
    if (!isEnvelope(reply) || reply.ok || reply.error.code !== 'invalid-arguments')
      problems.push(`${c.method} ${c.label}: ${text.slice(0, 200)}`);
    if (STACK_TRACE.test(text)) problems.push(`${c.method} ${c.label}: stack trace`);
  }
  expect(await world.workspaceHash(), 'a refused call changed the workspace').toBe(hashBefore);

  // Values the schema allows (free text, an id that exists nowhere): handled, never a fault.
  for (const c of cases.filter((x) => x.accepted)) {
    const reply = await call(c.method, c.args);
    const text = JSON.stringify(reply);
    if (!isEnvelope(reply) || (!reply.ok && reply.error.code === 'internal'))
      problems.push(`${c.method} ${c.label}: ${text.slice(0, 200)}`);
    if (STACK_TRACE.test(text)) problems.push(`${c.method} ${c.label}: stack trace`);
  }
  await world.services.flush();

  expect(problems).toEqual([]);
  expect(await world.outside(), 'something was written outside the workspace').toBe(outsideBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((await call('listCases', [])).ok).toBe(true);
  // Every method was reached.
  expect(new Set(cases.map((c) => c.method))).toEqual(new Set(Object.keys(contract.methods)));
  console.log(
    `IPC fuzz: ${sent} calls, ${cases.filter((c) => !c.accepted).length} refused by the contract`,
  );
}, 60_000);
