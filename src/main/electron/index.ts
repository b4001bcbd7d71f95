/**
 * The desktop shell: one window, the contract over IPC, the security block, the menu, the
 * app:// scheme. Everything that decides something lives in testable modules beside this file.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { contract } from '../../core/api/contract';
import { eventChannel } from '../../core/api/channels';
import { parseHostArgs } from '../services/config';
import { createServices, type Services } from '../services/services';
import { askWith, closeFlushOf, mayClose } from './closeGuard';
import { pageSource } from './appLocation';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './appProtocol';
import { saveDownloadsVia } from './downloads';
import { electronSaveDialog } from './fileDelivery';
import { registerIpc } from './ipc';
import { builtInCasesDir, bundlePathsIn, OpenRequests, userDataDirIn } from './launchArgs';
import { installMenu } from './menu';
import { PrintPages } from './printPages';
import { printHtmlToPdf } from './printPdf';
import { installSecurityBlock } from './security';
import { appSenderCheck } from './senderCheck';
import { createAppWindow, createPrintWindow } from './windowOptions';

const page = pageSource({
  builtForDevelopment: import.meta.env.DEV,
  isPackaged: app.isPackaged,
  rendererUrl: process.env['ELECTRON_RENDERER_URL'],
});
const appRoot = app.getAppPath();
const rendererDir = path.join(__dirname, '..', 'renderer');

// Its own profile folder per launch when asked (the e2e suite), so the single-instance lock
// and the session belong to that folder only. Must precede the lock and `ready`.
const userData = userDataDirIn(process.argv.slice(1), process.cwd());
if (userData !== undefined) app.setPath('userData', userData);
// Privileged schemes must be registered before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let window: BrowserWindow | null = null;
let services: Services | null = null;
const openRequests = new OpenRequests();
// Briefs being printed, served by the app's scheme while their print window loads them.
const printPages = new PrintPages();
for (const file of bundlePathsIn(process.argv.slice(1), process.cwd())) openRequests.add(file);

function createWindow(): BrowserWindow {
  const win = createAppWindow(
    BrowserWindow,
    path.join(__dirname, '..', 'preload', 'index.js'),
    nativeTheme.shouldUseDarkColors,
    page.development,
  );
  win.once('ready-to-show', () => win.show());
  // Give the page a moment to save what it holds; if it could not, the user decides (closeGuard).
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || services === null) return;
    event.preventDefault();
    const { flushRenderer } = services;
    const ask = askWith((question) => dialog.showMessageBox(win, question));
    const flush = () => flushRenderer.request('close', 3000).then(closeFlushOf);
    void mayClose({ flush, ask }).then((close) => {
      flushed = close;
      if (close) win.close();
    });
  });
  // The page's own beforeunload question is answered above, by the close guard.
  win.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  win.on('closed', () => {
    window = null;
  });
  void win.loadURL(page.url);
  return win;
}

async function start(): Promise<void> {
  // A later --cases on the command line still wins: parseArgs keeps the last value.
  const casesDefault = builtInCasesDir({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot,
  });
  const options = parseHostArgs([`--cases=${casesDefault}`, ...process.argv.slice(1)], appRoot);
  services = await createServices({
    workspaceDir: options.workspaceDir,
    casesDir: options.casesDir,
    host: 'electron',
    version: app.getVersion(),
    saveDialog: electronSaveDialog(dialog, () => window),
    // A hidden window without script or Node: it only lays out the (sanitised) brief and prints it.
    printToPdf: (html) => printHtmlToPdf(html, () => createPrintWindow(BrowserWindow), printPages),
  });
  installSecurityBlock(
    { app, session: session.defaultSession, openExternal: (url) => shell.openExternal(url) },
    page,
  );
  session.defaultSession.on(
    'will-download',
    saveDownloadsVia(
      (defaultPath) =>
        window
          ? dialog.showSaveDialogSync(window, { defaultPath })
          : dialog.showSaveDialogSync({ defaultPath }),
      path.join(options.workspaceDir, 'exports'),
    ),
  );
  protocol.handle(
    APP_SCHEME_PRIVILEGES.scheme,
    (request) => printPages.serve(request.url) ?? serveAppRequest(request.url, rendererDir),
  );
  installMenu(process.platform === 'darwin', page.development);
  registerIpc(
    ipcMain,
    contract,
    services.handlers,
    appSenderCheck(() => window, page),
    (line) => console.error(line),
  );
  services.events.subscribe((event, payload) => {
    window?.webContents.send(eventChannel(event), payload);
  });
  window = createWindow();
  const opened = services.openedBundles;
  openRequests.deliverTo((file) => opened.open(file));
}

function showWindow(): void {
  if (window === null && services !== null) window = createWindow();
  if (window?.isMinimized()) window.restore();
  window?.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (a double-clicked bundle on Windows and Linux) hands its files over here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const file of bundlePathsIn(argv.slice(1), workingDirectory)) openRequests.add(file);
    showWindow();
  });
  // macOS sends double-clicked files here, before `ready` when the click launched the app.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequests.add(file);
    if (app.isReady()) showWindow();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(`Diptych could not start: ${(error as Error).message}`);
    app.exit(1);
  });
  app.on('activate', () => {
    if (window === null && services !== null) window = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed || services === null) return;
    event.preventDefault();
    void services.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}
