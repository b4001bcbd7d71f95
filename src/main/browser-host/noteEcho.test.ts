import { expect, it } from 'vitest';
import { DEFAULT_CASE } from '../services/drill/drillServices';
import { hostWithTabs } from './testing/hostWithTabs';
import { callHost, type Tab } from './testing/tabClient';

const world = hostWithTabs('diptych-echo-');

/** A tab on the trade note that never answers a flush, so it only listens. */
function tab(): Promise<Tab> {
  return world.tab({ issueId: 'trade', text: '', saveDelayMs: 0, answer: 'none' });
}

/** Writes the trade note from `writer`'s tab, as its editor would. */
function writeFrom(writer: Tab, text: string): Promise<unknown> {
  return callHost(
    world.host.port,
    world.auth,
    'writeNote',
    [DEFAULT_CASE, 'trade', text, 'absent'],
    writer.clientId,
  );
}

const changes = (t: Tab): unknown[] =>
  t.events.filter((e) => e.event === 'noteChangedOnDisk').map((e) => e.payload);

it('tells every other tab, and not the writer, that a note was saved', async () => {
  const writer = await tab();
  const other = await tab();
  const third = await tab();
  const saved = (await writeFrom(writer, 'Written in one tab')) as { revision: string };
  const expected = { caseId: DEFAULT_CASE, issueId: 'trade', revision: saved.revision };
  await expect.poll(() => changes(other)).toEqual([expected]);
  await expect.poll(() => changes(third)).toEqual([expected]);
  // The others have heard; the writer, on the same host, would have heard by now too.
  expect(changes(writer)).toEqual([]);
});

it('announces nothing for a write that was refused as a conflict', async () => {
  const writer = await tab();
  const other = await tab();
  await writeFrom(writer, 'one');
  await expect.poll(() => changes(other)).toHaveLength(1);
  const refused = (await writeFrom(writer, 'two')) as { status: string };
  expect(refused.status).toBe('conflict');
  await callHost(world.host.port, world.auth, 'listCases', [], writer.clientId);
  expect(changes(other)).toHaveLength(1);
});
