import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contract } from '../../core/api/contract';
import { CASES_DIR, DEFAULT_CASE, openServices } from '../services/drill/drillServices';
import type { Services } from '../services/services';
import { Scratch } from '../services/testing/scratch';
import { startBrowserHost, type RunningHost } from './server';
import { callHost, openTab, type Tab } from './testing/tabClient';

const TOKEN = 'echo-test-token-0123456789';
const auth = { 'X-Diptych-Token': TOKEN };
const scratch = new Scratch('diptych-echo-');
let services: Services;
let host: RunningHost;
let tabs: Tab[];

beforeEach(async () => {
  const workspace = await scratch.dir();
  services = await openServices(workspace, CASES_DIR);
  host = await startBrowserHost({
    contract,
    handlers: services.handlers,
    events: services.events,
    rendererDir: path.join(workspace, 'no-renderer'),
    token: TOKEN,
    port: 0,
  });
  tabs = [];
});

afterEach(async () => {
  for (const tab of tabs) tab.close();
  await host.close();
  await scratch.cleanup();
});

async function tab(): Promise<Tab> {
  const opened = openTab({
    port: host.port,
    auth,
    caseId: DEFAULT_CASE,
    issueId: 'trade',
    text: '',
    saveDelayMs: 0,
    answer: 'none',
  });
  tabs.push(opened);
  await opened.ready;
  return opened;
}

const changes = (t: Tab): unknown[] =>
  t.events.filter((e) => e.event === 'noteChangedOnDisk').map((e) => e.payload);

it('tells every other tab, and not the writer, that a note was saved', async () => {
  const writer = await tab();
  const other = await tab();
  const third = await tab();
  const saved = (await callHost(
    host.port,
    auth,
    'writeNote',
    [DEFAULT_CASE, 'trade', 'Written in one tab', 'absent'],
    writer.clientId,
  )) as { revision: string };
  const expected = { caseId: DEFAULT_CASE, issueId: 'trade', revision: saved.revision };
  await expect.poll(() => changes(other)).toEqual([expected]);
  await expect.poll(() => changes(third)).toEqual([expected]);
  // The others have heard; the writer, on the same host, would have heard by now too.
  expect(changes(writer)).toEqual([]);
});

it('announces nothing for a write that was refused as a conflict', async () => {
  const writer = await tab();
  const other = await tab();
  await callHost(
    host.port,
    auth,
    'writeNote',
    [DEFAULT_CASE, 'trade', 'one', 'absent'],
    writer.clientId,
  );
  await expect.poll(() => changes(other)).toHaveLength(1);
  const refused = (await callHost(
    host.port,
    auth,
    'writeNote',
    [DEFAULT_CASE, 'trade', 'two', 'absent'],
    writer.clientId,
  )) as { status: string };
  expect(refused.status).toBe('conflict');
  await callHost(host.port, auth, 'listCases', [], writer.clientId);
  expect(changes(other)).toHaveLength(1);
});
