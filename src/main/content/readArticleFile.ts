import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../shared/result.ts';

// Larger than any news article; a file this big is almost certainly not one.
export const maxArticleBytes = 2 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one article as UTF-8 text, or says in a sentence why it cannot be used. */
export async function readArticleFile(path: string): Promise<Result<string>> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const reason = cause instanceof Error && 'code' in cause ? String(cause.code) : 'unknown error';
    return fail('FILE_UNREADABLE', `${name} could not be read (${reason}); check the file exists and is a readable file.`);
  }
  return decodeArticleBytes(name, bytes);
}

export function decodeArticleBytes(name: string, bytes: Uint8Array): Result<string> {
  if (bytes.length > maxArticleBytes) {
    return fail('FILE_TOO_LARGE', `${name} is larger than 2 MB; an article should be plain text of a few pages.`);
  }
  if (bytes.includes(0)) {
    return fail('FILE_BINARY', `${name} is a binary file, not text; save the article as a .txt file.`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return fail('FILE_NOT_UTF8', `${name} is not UTF-8 text; save it again with UTF-8 encoding.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail('FILE_EMPTY', `${name} is empty.`);
  }
  return ok(text);
}
