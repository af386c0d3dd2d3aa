import { Menu, shell, type MenuItemConstructorOptions } from 'electron'

/**
 * Standard menus so the OS shortcuts (copy, paste, zoom, full screen) work in
 * every text field; app commands live in the renderer where their state is.
 */
export function installAppMenu(opts: { isMac: boolean; isDev: boolean }): void {
  const template: MenuItemConstructorOptions[] = [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(opts.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'TikTok Marketing API documentation',
          click: () => void shell.openExternal('https://business-api.tiktok.com/portal/docs'),
        },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
