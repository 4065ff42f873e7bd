import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { hardenWebContents } from '../../../../src/main/desktop/hardenWebContents.ts';

// Electron's WebContents is an EventEmitter with a window-open hook; this stand-in records what the app registers.
class RecordingContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationAttempt(contents: RecordingContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true), url }, url);
  return prevented;
}

describe('hardenWebContents', () => {
  const contents = new RecordingContents();
  hardenWebContents(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])(
    'refuses %s, even to a harmless-looking URL',
    (event) => {
      expect(navigationAttempt(contents, event, 'https://example.org/')).toBe(true);
      expect(navigationAttempt(contents, event, 'app://crossread/index.html')).toBe(true);
    },
  );

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://crossread/index.html' })).toEqual({ action: 'deny' });
  });
});
