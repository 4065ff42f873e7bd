import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { quotationsOfLine } from './quoteMentions.ts';

// What one measure on one thing is called: "a hosepipe ban" / "hosepipe restrictions", "a ban on night flights" /
// "curbs on night flights". A ban forbids; a restriction limits. Readers take the two for different measures, so
// two articles that call one measure by the two words disagree on what it is. The thing is the noun before the
// word ("hosepipe ban") or after "on" ("a temporary use ban (TUB) on hosepipes"). An article that uses both words
// of one thing takes no side, and a speaker's words in quotation marks are the speaker's.

export interface MeasureLabel {
  sentence: ArticleSentence;
  /** "ban" or "restriction". */
  label: string;
  /** Word family of what the measure is on ("hosepi"), and the word as written. */
  thing: string;
  thingText: string;
}

const labels: Readonly<Record<string, string>> = {
  ban: 'ban',
  bans: 'ban',
  prohibition: 'ban',
  moratorium: 'ban',
  restriction: 'restriction',
  restrictions: 'restriction',
  curb: 'restriction',
  curbs: 'restriction',
};
// Words before a label that say how long or how wide the measure is, not what it is on.
const notThings = new Set(['use', 'temporary', 'total', 'blanket', 'outright', 'partial', 'new', 'full', 'strict']);
const reach = 5;

/** The measures one sentence names, with what each is on. */
export function findMeasureLabels(sentence: ArticleSentence): MeasureLabel[] {
  const tokens = sentence.tokens;
  const found: MeasureLabel[] = [];
  tokens.forEach((token, index) => {
    const label = labels[token.lower];
    if (!label || token.pos === 'VERB') return;
    const quotes = quotationsOfLine(sentence);
    if (quotes.some((quote) => quote.start <= token.start && quote.end >= token.end)) return;
    const thing = thingAfterOn(tokens, index) ?? thingBefore(tokens, index);
    const word = thing === undefined ? undefined : tokens[thing];
    if (!word?.sense) return;
    found.push({ sentence, label, thing: word.sense, thingText: word.text });
  });
  return found;
}

// "a ban on hosepipes", "restrictions on night flights", "a ban (TUB) on hosepipes".
function thingAfterOn(tokens: readonly Token[], label: number): number | undefined {
  for (let at = label + 1; at <= label + reach; at += 1) {
    const token = tokens[at];
    if (!token || token.text === '.' || token.text === ';' || token.pos === 'VERB') return undefined;
    if (token.lower !== 'on') continue;
    for (let next = at + 1; next <= at + 3; next += 1) {
      const word = tokens[next];
      if (!word) return undefined;
      if (word.pos === 'NOUN' && tokens[next + 1]?.pos !== 'NOUN') return next;
      if (word.pos !== 'DET' && word.pos !== 'ADJ' && word.pos !== 'NOUN') return undefined;
    }
    return undefined;
  }
  return undefined;
}

// "a hosepipe ban", "Hosepipe restrictions": the noun right before the label.
function thingBefore(tokens: readonly Token[], label: number): number | undefined {
  const word = tokens[label - 1];
  if (!word || notThings.has(word.lower)) return undefined;
  return word.pos === 'NOUN' || word.pos === 'PROPN' ? label - 1 : undefined;
}

/** One measure called a ban by one article and a restriction by another. */
export function findMeasureLabelFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findMeasureLabels,
    about: (mention) => mention.thing,
    choice: (mention) => mention.label,
    describe: (group) =>
      `Whether the measure on ${group[0]?.thingText.toLowerCase() ?? 'it'} is a ban or a restriction`,
    reasonsFor: (a, b) => [`one measure on ${a.thingText.toLowerCase()}`, `${a.label} / ${b.label}`],
  });
}
