import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../core/api/contract';
import { exposedNames, method } from '../core/api/define';
import { buildPreloadApi, type IpcRendererLike } from './buildApi';

function fakeIpc(): IpcRendererLike & {
  invoked: [string, unknown[]][];
  emit(channel: string, payload: unknown): void;
} {
  const listeners = new Map<string, Set<(e: never, p: unknown) => void>>();
  const invoked: [string, unknown[]][] = [];
  return {
    invoked,
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      return { ok: true, value: null };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener as never);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener as never),
    emit: (channel, payload) => listeners.get(channel)?.forEach((l) => l({} as never, payload)),
  };
}

describe('the preload bridge', () => {
  it('exposes exactly the contract: a method added there appears with no other code', () => {
    const extended = {
      methods: { ...contract.methods, addedLater: method(z.tuple([]), z.null()) },
      events: contract.events,
    };
    const api = buildPreloadApi(extended, fakeIpc());
    expect(Object.keys(api).sort()).toEqual(exposedNames(extended).sort());
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('ipcRenderer');
  });

  it('sends each method on its own prefixed channel', async () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(contract, ipc);
    await api.readNote('japan-trump', 'trade');
    expect(ipc.invoked).toEqual([['diptych:readNote', ['japan-trump', 'trade']]]);
  });

  it('delivers event payloads without the IPC event object, and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(contract, ipc);
    const seen: unknown[] = [];
    const off = api.onNoteChangedOnDisk((payload) => seen.push(payload));
    ipc.emit('diptych:event:noteChangedOnDisk', { caseId: 'c', issueId: 'i', revision: 'absent' });
    off();
    ipc.emit('diptych:event:noteChangedOnDisk', { caseId: 'c', issueId: 'j', revision: 'absent' });
    expect(seen).toEqual([{ caseId: 'c', issueId: 'i', revision: 'absent' }]);
  });
});
