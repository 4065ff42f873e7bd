import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// Whether there were any of a thing: "There are no replacement buses at all" against "rail replacement buses are
// operating on three routes". One article denies the things exist ("there are no ..."), another has them do
// something. Only a thing named by two words or more ("replacement buses", "payment card details") is read: "no
// buses" or "buses were running" may be of any buses in the story, a compound names the one kind the articles
// dispute.

export type Existence = 'none' | 'some';

export interface ExistenceMention {
  sentence: ArticleSentence;
  existence: Existence;
  /** Word families of the compound, modifier first. */
  thing: string;
  start: number;
  end: number;
}

const doubtWords = new Set(['if', 'whether', 'would', 'could', 'may', 'might', 'should', 'unless']);

/** The thing one sentence says there were none of, or has do something; none when it tells of two such things. */
export function findExistenceMentions(sentence: ArticleSentence): ExistenceMention[] {
  const tokens = sentence.tokens;
  const found: ExistenceMention[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    // "if there are no replacement buses", "whether buses would run": a doubt before the thing states nothing.
    if (doubtWords.has(tokens[at]?.lower ?? '')) break;
    const compound = compoundAt(tokens, at);
    if (!compound) continue;
    const before = tokens[at - 1];
    const head = tokens[compound.last] as Token;
    // "rail replacement buses" / "replacement buses": the head and the word before it name the kind.
    const thing = tokens
      .slice(compound.last - 1, compound.last + 1)
      .map((token) => token.sense)
      .join(' ');
    if (before?.lower === 'no' && thereIs(tokens, at - 2)) {
      found.push({ sentence, existence: 'none', thing, start: before.start, end: head.end });
    } else if (actsAfter(tokens, compound.last + 1) && !before?.negated) {
      found.push({ sentence, existence: 'some', thing, start: (tokens[at] as Token).start, end: head.end });
    }
    at = compound.last;
  }
  return oneSided(found, (mention) => `${mention.thing}:${mention.existence}`);
}

// "There are no replacement buses", "there were no sandbag stations": the thing denied outright. A "no" before a
// subject with a verb ("No stations were opened") denies the verb, which predicateClaims.ts reads.
function thereIs(tokens: readonly Token[], be: number): boolean {
  return tokens[be]?.lemma === 'be' && tokens[be - 1]?.lower === 'there';
}

// Two or three nouns in a row: "replacement buses", "payment card details".
function compoundAt(tokens: readonly Token[], at: number): { last: number } | undefined {
  if (tokens[at]?.pos !== 'NOUN' || tokens[at - 1]?.pos === 'NOUN') return undefined;
  let last = at;
  while (tokens[last + 1]?.pos === 'NOUN' && last - at < 2) last += 1;
  if (last === at || !tokens.slice(at, last + 1).every((token) => token.sense)) return undefined;
  return { last };
}

// "are operating", "were running", "have been laid on": the things as the subject of a plain verb.
function actsAfter(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (tokens[at]?.pos === 'AUX') {
    if (tokens[at]?.negated || tokens[at + 1]?.lower === 'not') return false;
    at += 1;
  }
  return at > from && tokens[at]?.pos === 'VERB' && !tokens[at]?.negated;
}

/** One kind of thing said by one article not to exist and by another to be doing something. */
export function findExistenceFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findExistenceMentions,
    about: (mention) => mention.thing,
    choice: (mention) => mention.existence,
    describe: (group) => `Whether there were ${markedWords(group[0]!).replace(/^no /i, '')}`,
    textOf: markedWords,
    reasonsFor: (a, b) => ['the same kind of thing', `${a.existence} / ${b.existence}`],
  });
}
