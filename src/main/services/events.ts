/**
 * A typed emitter for server-to-UI events; hosts subscribe and forward over their transport.
 *
 * Each subscriber is a client (a window, a browser tab's event stream) with an id, so an event
 * can be sent to one client (a flush request it must answer) or to every client but the one whose
 * call caused it (a note it wrote itself).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EventName, PayloadOf } from '../../core/api/define';
import type { Contract } from '../../core/api/contract';

type Listener = (event: EventName<Contract>, payload: unknown) => void;

export class EventHub {
  private readonly clients = new Map<string, Listener>();
  private readonly leaveListeners = new Set<(clientId: string) => void>();
  /** The client whose call is being handled, so its own writes are not echoed back to it. */
  private readonly caller = new AsyncLocalStorage<string>();

  emit<E extends EventName<Contract>>(event: E, payload: PayloadOf<Contract, E>): void {
    for (const listener of [...this.clients.values()]) listener(event, payload);
  }

  /** Sends an event to one client; false when that client is not connected. */
  emitTo<E extends EventName<Contract>>(
    clientId: string,
    event: E,
    payload: PayloadOf<Contract, E>,
  ): boolean {
    const listener = this.clients.get(clientId);
    listener?.(event, payload);
    return listener !== undefined;
  }

  /**
   * Sends an event to every client but the caller of the current call. Without a known caller
   * (a call over IPC from the one window, a script) it goes to no one: the caller is the writer.
   */
  emitToOthers<E extends EventName<Contract>>(event: E, payload: PayloadOf<Contract, E>): void {
    const caller = this.caller.getStore();
    if (caller === undefined) return;
    for (const [id, listener] of [...this.clients]) if (id !== caller) listener(event, payload);
  }

  /** Runs a call on behalf of a client, so `emitToOthers` knows whom to leave out. */
  runAs<T>(clientId: string | undefined, call: () => T): T {
    return clientId === undefined ? call() : this.caller.run(clientId, call);
  }

  /** Whether anyone (a window, an open event stream) is listening. */
  get hasListeners(): boolean {
    return this.clients.size > 0;
  }

  /** The ids of the clients connected now. */
  get clientIds(): readonly string[] {
    return [...this.clients.keys()];
  }

  /** Subscribes a client to every event; returns the unsubscribe function. */
  subscribe(listener: Listener, clientId: string = randomUUID()): () => void {
    this.clients.set(clientId, listener);
    return () => {
      if (this.clients.get(clientId) !== listener) return;
      this.clients.delete(clientId);
      for (const leave of [...this.leaveListeners]) leave(clientId);
    };
  }

  /** Calls `listener` with the id of each client that unsubscribes (a tab closed). */
  onLeave(listener: (clientId: string) => void): () => void {
    this.leaveListeners.add(listener);
    return () => this.leaveListeners.delete(listener);
  }
}
