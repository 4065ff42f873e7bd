import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Maps a URL path of app://crossread/ to a file inside the built renderer, or undefined when the path
 * would leave that folder ("/../../etc/passwd", an encoded "%2e%2e", a NUL byte).
 */
export function resolveAppFile(rendererDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${wanted.startsWith('/') ? '' : '/'}${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}
