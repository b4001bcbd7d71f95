/**
 * Builds an API object from method and event names and a transport. It imports no schema, so the
 * browser can build its API on the first screen; `settle` checks each answer (client.ts).
 */
import { subscriberName, type ApiOf, type ContractShape } from './define';

export interface Transport {
  call(name: string, args: readonly unknown[]): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export interface ApiNames {
  readonly methods: readonly string[];
  readonly events: readonly string[];
}

export function buildApi<C extends ContractShape>(
  names: ApiNames,
  transport: Transport,
  settle: (raw: unknown) => unknown,
): ApiOf<C> {
  const api: Record<string, unknown> = {};
  for (const name of names.methods) {
    api[name] = async (...args: unknown[]) => settle(await transport.call(name, args));
  }
  for (const event of names.events) {
    api[subscriberName(event)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.subscribe(event, listener);
    };
  }
  return Object.freeze(api) as ApiOf<C>;
}
