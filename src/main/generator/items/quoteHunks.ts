import { eng as englishStopWords } from 'stopword';
import { focusedWordDiff } from '../compare/quoteDiff.ts';

// A word diff of two quotations, grouped into changes a student can read: "“parties” became “sides”". The diff is
// focused on the passage both quote (one outlet often quotes more of the statement), and only changes with words
// on both sides of them count: what lies before the first shared word or after the last is where the quotations
// start and stop, not drift. Changes of small words alone ("the") are dropped: they rarely change the meaning.

const stopWords = new Set(englishStopWords);

export interface QuoteChange {
  /** Words of the first quotation that the second does not have (may be empty). */
  removed: string;
  /** Words of the second quotation that the first does not have (may be empty). */
  added: string;
}

export interface QuoteComparison {
  changes: QuoteChange[];
  /**
   * Share of the shorter quotation's content words that the diff lines up with the other's. Low when one outlet
   * reordered or paraphrased the statement: then no word-by-word change describes the difference honestly.
   */
  aligned: number;
  /** The words both quote, in order, as the first quotation writes them. */
  overlap: string;
  /** Content words (not small words or punctuation) that both quotations share. */
  shared: string[];
  changedWords: number;
  quoteWords: number;
}

export function compareQuotes(first: string, second: string): QuoteComparison {
  const parts = focusedWordDiff(first, second);
  const changes: QuoteChange[] = [];
  const shared: string[] = [];
  const overlap: string[] = [];
  let open: QuoteChange | undefined;
  let seenSame = false;
  for (const part of parts) {
    if (part.op === 'same') {
      overlap.push(part.text);
      // A change counts only between two shared stretches.
      if (open && seenSame) changes.push(open);
      open = undefined;
      seenSame = true;
      shared.push(...contentWords(part.text));
      continue;
    }
    open ??= { removed: '', added: '' };
    if (part.op === 'removed') open.removed = join(open.removed, bare(part.text));
    else open.added = join(open.added, bare(part.text));
  }
  const meaningful = changes.filter((change) => contentWords(`${change.removed} ${change.added}`).length > 0);
  const sharedCount = contentWords(overlap.join(' ')).length;
  const shorter = Math.min(contentWords(first).length, contentWords(second).length);
  return {
    changes: meaningful,
    aligned: shorter === 0 ? 0 : sharedCount / shorter,
    overlap: bare(overlap.join(' ')),
    shared: [...new Set(shared)],
    changedWords: meaningful.reduce((sum, c) => sum + words(c.removed).length + words(c.added).length, 0),
    quoteWords: words(first).length,
  };
}

/** "“parties” became “sides”", "“the further” is left out", "“its” is added". */
export function describeChange(change: QuoteChange): string {
  if (change.removed && change.added) return `“${change.removed}” became “${change.added}”`;
  if (change.removed) return `“${change.removed}” is left out`;
  return `“${change.added}” is added`;
}

/** Words without the punctuation and brackets around them: "backgrounds," -> "backgrounds". */
function bare(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function join(a: string, b: string): string {
  return `${a} ${b}`.replace(/\s+/gu, ' ').trim();
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function contentWords(text: string): string[] {
  return words(text).filter((word) => !stopWords.has(word.toLowerCase()));
}
