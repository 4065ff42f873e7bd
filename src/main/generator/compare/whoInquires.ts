import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// Who looks into what went wrong: "would commission an independent review" against "would carry out an internal
// review". Whether the people under question investigate themselves is what readers weigh an inquiry by, and
// outlets that give the promise a line often get it the wrong way round. Read only where the word stands right
// before the inquiry's noun; an article that names both kinds (an internal review, then an independent inquiry)
// takes no side.

export type Inquirer = 'independent' | 'internal';

export interface InquirerMention {
  sentence: ArticleSentence;
  inquirer: Inquirer;
  start: number;
  end: number;
}

const kinds: Readonly<Record<string, Inquirer>> = {
  independent: 'independent',
  external: 'independent',
  internal: 'internal',
};
// Not "audit" or "inspection", which a body undergoes as routine ("a 2024 internal audit had warned the trust").
const inquiryNouns = new Set(['review', 'inquiry', 'enquiry', 'investigation', 'probe']);
// "called for an independent review", "demanded an independent inquiry": what someone wants is no inquiry held.
const askingVerbs = new Set(['call', 'demand', 'urge', 'want', 'seek', 'press', 'push', 'campaign']);
const askingReach = 5;

/** Who one sentence says will look into it; none when it says both. */
export function findInquirerMentions(sentence: ArticleSentence): InquirerMention[] {
  const tokens = sentence.tokens;
  const found: InquirerMention[] = [];
  tokens.forEach((token, index) => {
    const inquirer = kinds[token.lower];
    const noun = tokens[index + 1];
    if (!inquirer || !noun || !inquiryNouns.has(noun.lower)) return;
    const asked = tokens.slice(Math.max(0, index - askingReach), index).some((word) => askingVerbs.has(word.lemma));
    if (asked) return;
    found.push({ sentence, inquirer, start: token.start, end: noun.end });
  });
  return oneSided(found, (mention) => mention.inquirer);
}

/** An inquiry told as independent by one article and as internal by another. */
export function findInquirerFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findInquirerMentions,
    about: () => 'inquiry',
    choice: (mention) => mention.inquirer,
    describe: () => 'Whether the inquiry is independent or internal',
    textOf: markedWords,
    reasonsFor: (a, b) => ['one inquiry', `${a.inquirer} / ${b.inquirer}`],
  });
}
