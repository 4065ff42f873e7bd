// The app's own page is served from app://crossread/ (or the dev server while developing). IPC from any other
// frame — an injected iframe, a page reached by some navigation bug — is refused.
export const appOrigin = 'app://crossread';

export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, trustedOrigins: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false;
  let origin: string;
  try {
    const url = new URL(frame.url);
    // Custom schemes have an opaque `origin` ("null"); rebuild it from protocol and host.
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
