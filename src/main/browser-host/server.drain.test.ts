import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../core/api/define';
import { Scratch } from '../services/testing/scratch';
import { TOKEN_HEADER, type RunningHost } from './server';
import { sendToHost, startStandInHost, type HostReply } from './testing/hostRequest';

const TOKEN = 'drain-test-token-0123456789';
const scratch = new Scratch('diptych-drain-');
let host: RunningHost;
/** What the stand-in "save" wrote, in order; each takes `ms` to write. */
let written: string[];

beforeEach(async () => {
  written = [];
  ({ host } = await startStandInHost(scratch, 'drain', {
    contract: {
      methods: { save: method(z.tuple([z.string(), z.number()]), z.string()) },
      events: {},
    },
    handlers: {
      save: async (text: string, ms: number) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        written.push(text);
        return 'saved';
      },
    },
    token: TOKEN,
  }));
});

afterEach(async () => {
  await host.close();
  await scratch.cleanup();
});

function save(text: string, ms: number): Promise<HostReply> {
  return sendToHost(host.port, {
    path: '/api/save',
    body: JSON.stringify([text, ms]),
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
  });
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('a host told to stop', () => {
  it('waits for a save it is answering to be written', async () => {
    const reply = save('being written', 300);
    await wait(50);
    await host.drain(50, 5000);
    expect(written).toEqual(['being written']);
    expect((await reply).status).toBe(200);
  });

  it('still takes a save that arrives just after it was told', async () => {
    const drained = host.drain(200, 5000).then(() => written.push('(drained)'));
    await wait(80);
    const reply = await save('sent by a closing tab', 50);
    expect(reply.status).toBe(200);
    await drained;
    expect(written).toEqual(['sent by a closing tab', '(drained)']);
  });

  it('gives up waiting after its limit', async () => {
    const reply = save('too slow', 1500);
    await wait(50);
    const started = Date.now();
    await host.drain(50, 300);
    expect(Date.now() - started).toBeLessThan(1200);
    expect(written).toEqual([]);
    await reply;
  });
});
