import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// electron-vite bundles the worker as its own file and gives its path (a plain import would inline it).
import generationWorkerPath from '../articleImport/generationWorker.ts?modulePath';
import { createHandlers } from '../api.ts';
import { registerAppScheme, serveAppFiles } from './appProtocol.ts';
import { denyPermissions } from './denyPermissions.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { buildAppMenu } from './menu.ts';
import { createDesktopPrinter } from './printReport.ts';
import { registerIpc } from './registerIpc.ts';
import { saveFileWithDialog } from './saveFile.ts';
import { appOrigin } from './trustedSender.ts';
import { mainWindowOptions } from './windowOptions.ts';

// Set by electron-vite while developing; absent in a built app.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) app.quit();

function contentDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content');
}

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return window;
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  denyPermissions(session.defaultSession);
  serveAppFiles(join(import.meta.dirname, '../renderer'));

  const trustedOrigins = [appOrigin, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
  const handlers = createHandlers({
    contentDir: contentDir(),
    dataDir: app.getPath('userData'),
    printReport: createDesktopPrinter(preloadPath),
    saveFile: saveFileWithDialog,
    generationWorkerUrl: pathToFileURL(generationWorkerPath),
  });
  registerIpc(ipcMain, handlers, trustedOrigins);

  Menu.setApplicationMenu(buildAppMenu(!app.isPackaged));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});
