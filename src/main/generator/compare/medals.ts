import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { peopleOfSet } from './peopleNames.ts';

// Which medal someone won at one event: "the silver medal she won at the Continental Championships" against "the
// gold medal she won at the Continental Championships", "Olympic bronze" against "an Olympic silver". Sport,
// school prizes and military honours use the same three colours; a championship gives one person one colour.
// "Gold" or "silver" alone (a price, a metal) is no medal: it needs "medal", a verb of winning, or the event's
// name right before it.

export type MedalColour = 'gold' | 'silver' | 'bronze';

export interface MedalMention {
  sentence: ArticleSentence;
  colour: MedalColour;
  /** The event's first capitalised word near the colour ("continental", "olympic"). */
  event: string;
}

const colours = new Set<string>(['gold', 'silver', 'bronze']);
const winning = new Set(['win', 'take', 'claim', 'clinch', 'grab', 'scoop', 'land', 'earn', 'collect']);
const medalWords = new Set(['medal', 'medals', 'medallist', 'medalist', 'medallion']);
const eventReach = 8;

/** The medal colours a sentence gives, each with the event it was won at. */
export function findMedals(sentence: ArticleSentence, people: ReadonlySet<string>): MedalMention[] {
  const tokens = sentence.tokens;
  const found: MedalMention[] = [];
  tokens.forEach((token, index) => {
    if (!colours.has(token.lower)) return;
    const before = tokens[index - 1];
    const medal =
      medalWords.has(tokens[index + 1]?.lower ?? '') ||
      winning.has(before?.lemma ?? '') ||
      (before !== undefined && capitalisedName(before, index - 1, people));
    if (!medal) return;
    const event = eventNear(tokens, index, people);
    if (event) found.push({ sentence, colour: token.lower as MedalColour, event });
  });
  return found;
}

function capitalisedName(token: Token, index: number, people: ReadonlySet<string>): boolean {
  return index > 0 && /^\p{Lu}\p{Ll}/u.test(token.text) && !people.has(token.lower);
}

// The nearest capitalised word that is not a person's name, before the colour or after it.
function eventNear(tokens: readonly Token[], index: number, people: ReadonlySet<string>): string | undefined {
  for (let step = 1; step <= eventReach; step += 1) {
    for (const at of [index - step, index + step]) {
      const token = tokens[at];
      if (token && capitalisedName(token, at, people)) return token.lower;
    }
  }
  return undefined;
}

/** One event's medal given two colours by different articles. */
export function findMedalFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const people = peopleOfSet(sentences);
  return findChoiceFacts(sentences, {
    mentionsIn: (sentence) => findMedals(sentence, people),
    about: (mention) => mention.event,
    choice: (mention) => mention.colour,
    describe: () => 'Which medal was won',
    reasonsFor: (a, b) => [`one event: ${a.event}`, `medal: ${a.colour} / ${b.colour}`],
  });
}
