import type { BrowserWindowConstructorOptions } from 'electron';

// Electron's security checklist, every setting spelled out even where it is the default, so a future default
// change or a careless edit shows up in review and in tests/unit/main/desktop/windowOptions.test.ts.
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Crossread',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click (auxclick) can open links in new windows; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
