import type { ArticleText } from '../articleText.ts';
import type { LineVerdict } from './classifyLines.ts';
import { openingTitleReason } from './clutterRules.ts';

// The headline shown for an article: the line the clutter rules took for its title. When they found none (a
// page that starts straight with its text), the first sentence of its first article line stands in.

const fallbackSentenceWords = 25;

// Verdicts come for the whole set; grouping them once per verdict list keeps picking every headline linear.
const byFileCache = new WeakMap<readonly LineVerdict[], Map<string, LineVerdict[]>>();

export function pickHeadline(article: ArticleText, verdicts: readonly LineVerdict[]): string {
  const own = verdictsByFile(verdicts).get(article.file) ?? [];
  const titled = own.find((verdict) => verdict.reasons.some((reason) => reason.startsWith(openingTitleReason)));
  if (titled) return titled.text.trim();

  const first = own.find((verdict) => !verdict.boilerplate)?.text ?? article.lines[0]?.text ?? '';
  return firstSentence(first.trim());
}

function verdictsByFile(verdicts: readonly LineVerdict[]): Map<string, LineVerdict[]> {
  let grouped = byFileCache.get(verdicts);
  if (!grouped) {
    grouped = new Map();
    for (const verdict of verdicts) {
      const list = grouped.get(verdict.file);
      if (list) list.push(verdict);
      else grouped.set(verdict.file, [verdict]);
    }
    byFileCache.set(verdicts, grouped);
  }
  return grouped;
}

function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/u);
  return words.length <= fallbackSentenceWords ? sentence : `${words.slice(0, fallbackSentenceWords).join(' ')}…`;
}
