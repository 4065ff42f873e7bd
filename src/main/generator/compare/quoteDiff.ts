import { diffArrays } from 'diff';
import { americanSpelling } from './wordFamily.ts';

// Quote drift shown word by word, for explanations: what the second article's wording dropped ("removed") and put
// in ("added") against the first's. Case, punctuation and British/American spelling are not differences.

export interface WordChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

interface QuotedWord {
  /** The word with the punctuation attached to it, as written ("‘forbidden’", "[Russia"). */
  text: string;
  normal: string;
}

/** Word-level difference from quotation `a` to quotation `b`. */
export function wordDiff(a: string, b: string): WordChange[] {
  return diffWordsOf(quotedWordsOf(a), quotedWordsOf(b));
}

/**
 * The same difference with the longer quotation cut to the passage that best matches the shorter one, so a
 * fragment ("ideologized Cold War approaches") is compared with its own part of a long quotation.
 */
export function focusedWordDiff(a: string, b: string): WordChange[] {
  const wordsA = quotedWordsOf(a);
  const wordsB = quotedWordsOf(b);
  if (wordsA.length <= wordsB.length) return diffWordsOf(wordsA, bestPassage(wordsB, wordsA));
  return diffWordsOf(bestPassage(wordsA, wordsB), wordsB);
}

function diffWordsOf(wordsA: QuotedWord[], wordsB: QuotedWord[]): WordChange[] {
  const changes = diffArrays(wordsA, wordsB, { comparator: (x, y) => x.normal === y.normal });
  const result: WordChange[] = [];
  for (const change of changes) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.map((word) => word.text).join(' ');
    const previous = result[result.length - 1];
    if (previous && previous.op === op) previous.text = `${previous.text} ${text}`;
    else if (text) result.push({ op, text });
  }
  return result;
}

// The window of the long quotation, half again as long as the short one, that shares the most words with it.
function bestPassage(long: QuotedWord[], short: QuotedWord[]): QuotedWord[] {
  const size = Math.min(long.length, Math.max(short.length, Math.round(short.length * 1.5)));
  const wanted = new Set(short.map((word) => word.normal));
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + size <= long.length; start += 1) {
    const score = long.slice(start, start + size).filter((word) => wanted.has(word.normal)).length;
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return long.slice(best, best + size);
}

function quotedWordsOf(quote: string): QuotedWord[] {
  return quote
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({
      text,
      normal: americanSpelling(
        text
          .toLowerCase()
          .replace(/’/g, "'")
          .replace(/[^\p{L}\p{N}'-]/gu, ''),
      ),
    }));
}
