/**
 * Builds `window.diptych` from the contract: one function per method, one subscriber per event,
 * each bound to its own channel. No generic invoke and no ipcRenderer ever reach the page.
 */
import type { IpcRendererEvent } from 'electron';
import { createApiClient } from '../core/api/client';
import { eventChannel, methodChannel } from '../core/api/channels';
import type { ApiOf, ContractShape } from '../core/api/define';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void): unknown;
  removeListener(
    channel: string,
    listener: (event: IpcRendererEvent, payload: unknown) => void,
  ): unknown;
}

export function buildPreloadApi<C extends ContractShape>(
  contract: C,
  ipc: IpcRendererLike,
): ApiOf<C> {
  return createApiClient(contract, {
    call: (name, args) => ipc.invoke(methodChannel(name), ...args),
    subscribe: (event, listener) => {
      const channel = eventChannel(event);
      // The event object is dropped: it exposes `sender`, which must not reach the page.
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    },
  });
}
