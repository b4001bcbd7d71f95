/** A typed emitter for server-to-UI events; hosts subscribe and forward over their transport. */
import type { EventName, PayloadOf } from '../../core/api/define';
import type { Contract } from '../../core/api/contract';

type Listener = (event: EventName<Contract>, payload: unknown) => void;

export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName<Contract>>(event: E, payload: PayloadOf<Contract, E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Whether anyone (a window, an open event stream) is listening. */
  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
