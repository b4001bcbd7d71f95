/** Replaced when the main process is built: true only in `electron-vite dev`. */
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
