import type { Token } from './sentenceTokens.ts';

// Articles are often saved under their outlet's name ("002_nbs-news.txt", "westwire.txt"), and an outlet speaks of
// itself by that name: "NBS has not seen it", "Westwire was unable to confirm". The words a file name gives that
// only a name could be; the generic words of outlets' names ("news", "daily") could be anyone's.

const genericWords = new Set([
  'news',
  'daily',
  'the',
  'times',
  'post',
  'online',
  'live',
  'media',
  'radio',
  'press',
  'herald',
  'weekly',
  'today',
  'article',
  'story',
  'page',
  'text',
]);

function outletWords(file: string): Set<string> {
  const stem = file.replace(/\.[^.]*$/u, '').toLowerCase();
  return new Set(stem.split(/[^\p{L}]+/u).filter((word) => word.length >= 3 && !genericWords.has(word)));
}

const cache = new Map<string, Set<string>>();

/** The token is the outlet's own name, as its file is named. */
export function namesOutlet(file: string, token: Token | undefined): boolean {
  if (!token || !/^\p{Lu}/u.test(token.text)) return false;
  let words = cache.get(file);
  if (!words) {
    words = outletWords(file);
    cache.set(file, words);
  }
  return words.has(token.lower);
}
