/**
 * Builds the renderer-side API object from the contract and a transport. The preload (IPC) and
 * the browser client (HTTP) both use it, so neither lists methods by hand.
 */
import { ApiError, Envelope } from './errors';
import { subscriberName, type ApiOf, type ContractShape, type EventName } from './define';

export interface Transport {
  call(name: string, args: readonly unknown[]): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export function createApiClient<C extends ContractShape>(
  contract: C,
  transport: Transport,
): ApiOf<C> {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(contract.methods)) {
    api[name] = async (...args: unknown[]) => unwrap(await transport.call(name, args));
  }
  for (const event of Object.keys(contract.events) as EventName<C>[]) {
    api[subscriberName(event)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.subscribe(event, listener);
    };
  }
  return Object.freeze(api) as ApiOf<C>;
}

/** Turns an envelope into its value, or throws the typed error it carries. */
export function unwrap(raw: unknown): unknown {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new ApiError('internal', 'The host sent a malformed answer.');
  if (envelope.data.ok) return envelope.data.value;
  throw ApiError.fromData(envelope.data.error);
}
