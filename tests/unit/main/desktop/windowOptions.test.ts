import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../src/main/desktop/windowOptions.ts';

describe('the main window follows Electron’s security checklist', () => {
  const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(webPreferences).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the one bundled preload', () => {
    expect(webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });
});
