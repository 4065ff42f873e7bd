// An article or pack file as the calls take it: base64 of its bytes. Checking the bytes (UTF-8, not binary, size)
// is main's job; an article larger than 2 MB is sent cut to 2 MB + 1 byte, enough for main to say it is too large
// without sending (or reading) the whole file.

/** maxArticleBytes of src/shared/articleImport.ts, repeated because that module brings zod into the page. */
export const maxArticleBytes = 2 * 1024 * 1024;
/** maxSentPackBytes of src/shared/articleImport.ts. */
export const maxPackBytes = 7 * 1024 * 1024;

export async function articleFileBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.slice(0, maxArticleBytes + 1).arrayBuffer()));
}

export async function fileBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode takes its arguments on the stack: a few kilobytes at a time.
  const chunk = 0x2000;
  let binary = '';
  for (let at = 0; at < bytes.length; at += chunk) {
    binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  }
  return btoa(binary);
}
