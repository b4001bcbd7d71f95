/**
 * The renderer's one way to the Node side. In Electron the preload has put the API on `window`;
 * in a browser the same API is built over HTTP. Nothing else in the renderer knows which.
 */
import { createApiClient } from '../../../core/api/client';
import { contract, type DiptychApi } from '../../../core/api/contract';
import { createHttpTransport } from './httpTransport';

let api: DiptychApi | undefined;

export function getApi(): DiptychApi {
  if (api) return api;
  if (window.diptych) return (api = window.diptych);
  api = createApiClient(contract, createHttpTransport());
  // The same place and shape as the preload's bridge in Electron, so both hosts look alike.
  Object.defineProperty(window, 'diptych', { value: api, writable: false, configurable: false });
  return api;
}
