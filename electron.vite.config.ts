import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import {
  compileFirstScreenEagerly,
  largestPreloadsFirst,
  rendererChunk,
} from './scripts/build/rendererChunks';

/**
 * Vite's dev server injects an inline React Refresh preamble and talks over a WebSocket; the
 * strict CSP in index.html would block both. In `electron-vite dev` only, relax it for those.
 */
function devCsp(): Plugin {
  return {
    name: 'diptych-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");
    },
  };
}

/**
 * The first screen sets its text in Inter's Latin subset at 400, 500 and 600. The stylesheet
 * only asks for a face once text needs it, after the scripts ran; preloaded, the faces arrive
 * with the scripts, so the first layout uses them instead of redoing every line when they land.
 */
const FIRST_SCREEN_FONTS = /(^|\/)inter-latin-(400|500|600)-normal-[\w-]+\.woff2$/;

function preloadFirstScreenFonts(): Plugin {
  return {
    name: 'diptych-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => FIRST_SCREEN_FONTS.test(f));
        return fonts.sort().map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
            href: `./${file}`,
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          'browser-host': resolve(__dirname, 'src/main/browser-host/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundled into one file with its dependencies, so the window can run sandboxed.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [
      react(),
      devCsp(),
      preloadFirstScreenFonts(),
      largestPreloadsFirst(),
      compileFirstScreenEagerly(),
    ],
    build: {
      minify: true,
      // The initial scripts' size is measured by `npm run bench` (about 850 KB raw, 250 KB gzip);
      // the note editor is already split off. A warning on every build would only be noise.
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: {
          manualChunks: rendererChunk,
        },
      },
    },
  },
});
