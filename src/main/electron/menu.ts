/** The application menu: the usual roles, nothing that reaches outside the app. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(isMac: boolean, development: boolean): void {
  const view: MenuItemConstructorOptions = development
    ? { role: 'viewMenu' }
    : // The stock View menu offers DevTools; a release build has none to offer.
      {
        label: 'View',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
