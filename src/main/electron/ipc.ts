/**
 * IPC registration derived from the contract: one `ipcMain.handle` per method under the
 * `diptych:` prefix. Calls from any frame other than the app's own main frame are refused.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../../core/api/dispatch';
import type { ContractShape, HandlersOf } from '../../core/api/define';
import { ApiError, type Envelope } from '../../core/api/errors';
import { CHANNEL_PREFIX, methodChannel } from '../../core/api/channels';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope>,
  ): void;
  removeHandler(channel: string): void;
}

/** Decides whether an invoke event comes from a trusted frame. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function registerIpc<C extends ContractShape>(
  ipcMain: IpcMainLike,
  contract: C,
  handlers: HandlersOf<C>,
  isTrustedSender: SenderCheck,
  log: (line: string) => void = () => {},
): () => void {
  const channels = Object.keys(contract.methods).map((name) => {
    const channel = methodChannel(name);
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event)) {
        log(`refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return {
          ok: false,
          error: new ApiError('forbidden', 'This frame may not call Diptych.').toData(),
        };
      }
      return dispatch(contract, handlers, name, args, (method, error) =>
        log(`${method}: ${(error as Error).stack ?? String(error)}`),
      );
    });
    return channel;
  });
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}

export { CHANNEL_PREFIX };
