/**
 * The renderer's one way to the Node side. In Electron the preload has put the API on `window`;
 * in a browser the same API is built over HTTP. Nothing else in the renderer knows which.
 */
import { buildApi } from '../../../core/api/buildApi';
import type { contract, DiptychApi } from '../../../core/api/contract';
import { EVENT_NAMES, METHOD_NAMES } from '../../../core/api/contractNames';
import { createHttpTransport } from './httpTransport';

let api: DiptychApi | undefined;

/**
 * Answers are checked against the contract's envelope by code loaded with the first answer, so
 * zod and the schemas stay out of what the first screen loads and evaluates.
 */
async function settle(raw: unknown): Promise<unknown> {
  const { unwrap } = await import('./checkAnswer');
  return unwrap(raw);
}

export function getApi(): DiptychApi {
  if (api) return api;
  if (window.diptych) return (api = window.diptych);
  api = buildApi<typeof contract>(
    { methods: METHOD_NAMES, events: EVENT_NAMES },
    createHttpTransport(),
    settle,
  );
  // The same place and shape as the preload's bridge in Electron, so both hosts look alike.
  Object.defineProperty(window, 'diptych', { value: api, writable: false, configurable: false });
  return api;
}
