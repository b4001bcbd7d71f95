/**
 * The desktop shell: one window, the contract over IPC, the security block, the menu.
 * Everything that decides something lives in testable modules beside this file.
 */
import { app, BrowserWindow, dialog, ipcMain, nativeTheme } from 'electron';
import path from 'node:path';
import { contract } from '../../core/api/contract';
import { eventChannel } from '../../core/api/channels';
import { parseHostArgs } from '../services/config';
import { createServices, type Services } from '../services/services';
import { electronSaveDialog } from './fileDelivery';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { installSecurityBlock } from './security';
import { isTrustedSender } from './urlPolicy';
import { createAppWindow } from './windowOptions';

const devOrigin = process.env['ELECTRON_RENDERER_URL'];
const isDev = !app.isPackaged && devOrigin !== undefined;
const appRoot = app.getAppPath();
const indexFile = path.join(__dirname, '..', 'renderer', 'index.html');

let window: BrowserWindow | null = null;
let services: Services | null = null;

function createWindow(): BrowserWindow {
  const win = createAppWindow(
    BrowserWindow,
    path.join(__dirname, '..', 'preload', 'index.js'),
    nativeTheme.shouldUseDarkColors,
  );
  win.once('ready-to-show', () => win.show());
  // Give the page a moment to save what it holds (a note typed just now) before it goes.
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || services === null) return;
    event.preventDefault();
    void services.flushRenderer.request('close', 3000).then(() => {
      flushed = true;
      win.close();
    });
  });
  win.on('closed', () => {
    window = null;
  });
  if (isDev && devOrigin) void win.loadURL(devOrigin);
  else void win.loadFile(indexFile);
  return win;
}

async function start(): Promise<void> {
  const options = parseHostArgs(process.argv.slice(1), appRoot);
  services = await createServices({
    workspaceDir: options.workspaceDir,
    casesDir: options.casesDir,
    host: 'electron',
    version: app.getVersion(),
    saveDialog: electronSaveDialog(dialog, () => window),
  });
  installSecurityBlock(isDev, isDev ? { devOrigin } : { indexFile });
  installMenu(process.platform === 'darwin');
  registerIpc(
    ipcMain,
    contract,
    services.handlers,
    (event) =>
      isTrustedSender(
        {
          fromAppWindow: window !== null && event.sender === window.webContents,
          isMainFrame: window !== null && event.senderFrame === window.webContents.mainFrame,
          url: event.senderFrame?.url ?? '',
        },
        isDev ? { devOrigin } : { indexFile },
      ),
    (line) => console.error(line),
  );
  services.events.subscribe((event, payload) => {
    window?.webContents.send(eventChannel(event), payload);
  });
  window = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
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
