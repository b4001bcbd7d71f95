/**
 * Builds the renderer-side API object from the contract and a transport. The preload (IPC) and
 * the browser client (HTTP) both use it, so neither lists methods by hand.
 */
import { ApiError, Envelope } from './errors';
import { buildApi, type Transport } from './buildApi';
import type { ApiOf, ContractShape } from './define';

export type { Transport } from './buildApi';

export function createApiClient<C extends ContractShape>(
  contract: C,
  transport: Transport,
): ApiOf<C> {
  return buildApi<C>(
    { methods: Object.keys(contract.methods), events: Object.keys(contract.events) },
    transport,
    unwrap,
  );
}

/** Turns an envelope into its value, or throws the typed error it carries. */
export function unwrap(raw: unknown): unknown {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new ApiError('internal', 'The host sent a malformed answer.');
  if (envelope.data.ok) return envelope.data.value;
  throw ApiError.fromData(envelope.data.error);
}
