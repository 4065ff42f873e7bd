import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines, type ArticleText } from '../../../../../src/main/generator/articleText.ts';
import { judgeArticle } from '../../../../../src/main/generator/evidence/findEvidence.ts';
import { wordsOf } from '../../../../../src/main/generator/evidence/sentenceRule.ts';

// Small readers for the evidence tests: the seed set as the generator sees it, and one sentence (or a short
// article) judged the way findEvidence judges it, with the words of its cue, source and claim spelled out.

export const seedFolder = join(import.meta.dirname, '../../../../../content/articles/2022-02-putin-xi-nato');

export function readSeedSet(): ArticleText[] {
  return readdirSync(seedFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => splitLines(name, readFileSync(join(seedFolder, name), 'utf8')));
}

export interface ReadableVerdict {
  sentence: string;
  kind: string;
  cue?: string;
  source?: string;
  claim?: string;
  reasons: string[];
}

/** Every sentence of a short article (paragraphs on their own lines), judged; saved as `file`. */
export function judgeText(text: string, file = 'article.txt'): ReadableVerdict[] {
  return judgeArticle(splitLines(file, text), () => true).map(({ reading, verdict, claim }) => {
    const readable: ReadableVerdict = { sentence: reading.sentence.text, kind: verdict.kind, reasons: verdict.reasons };
    if (verdict.cue) readable.cue = wordsOf(reading.sentence, verdict.cue);
    if (verdict.source) readable.source = wordsOf(reading.sentence, verdict.source);
    if (claim) readable.claim = claim.reading.sentence.text;
    return readable;
  });
}

/** The verdict on a text of one sentence. */
export function judgeOne(sentence: string): ReadableVerdict {
  const [only, ...rest] = judgeText(sentence);
  if (!only || rest.length > 0)
    throw new Error(`expected one sentence, got ${rest.length + (only ? 1 : 0)}: ${sentence}`);
  return only;
}
