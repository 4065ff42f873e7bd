import type { WebContents } from 'electron';

type Guarded = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

// The app is one page: it never navigates, opens windows or embeds web views, so every attempt is refused,
// including ones a compromised renderer might make.
export function hardenWebContents(contents: Guarded): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
