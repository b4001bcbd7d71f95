import type { DiptychApi } from '../core/api/contract';

declare global {
  interface Window {
    /** Present in the Electron host only; the browser host is reached over HTTP. */
    readonly diptych?: DiptychApi;
  }
}
