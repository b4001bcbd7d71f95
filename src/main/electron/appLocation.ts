/**
 * Where the window's page comes from. Development is decided when the main process is built
 * (`electron-vite dev` builds it with `import.meta.env.DEV` true); the dev server's URL only
 * says where the server is, so setting ELECTRON_RENDERER_URL on a release build changes nothing.
 */
import type { AppLocation } from './urlPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'diptych';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface PageSource extends AppLocation {
  /** The URL the window loads. */
  readonly url: string;
}

export interface BuildFacts {
  /** True only in a bundle built by `electron-vite dev`. */
  readonly builtForDevelopment: boolean;
  readonly isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  readonly rendererUrl: string | undefined;
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/;

export function pageSource(facts: BuildFacts): PageSource {
  const { builtForDevelopment, isPackaged, rendererUrl } = facts;
  if (
    builtForDevelopment &&
    !isPackaged &&
    rendererUrl !== undefined &&
    LOOPBACK.test(rendererUrl)
  ) {
    const origin = rendererUrl.replace(/\/$/, '');
    return { origin, development: true, url: `${origin}/` };
  }
  return { origin: APP_ORIGIN, development: false, url: `${APP_ORIGIN}/index.html` };
}
