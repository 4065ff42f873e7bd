import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findEvaluativeMentions, type EvaluativeMention } from './evaluativeScales.ts';
import { linkedGroups } from './linkedGroups.ts';
import { peopleOfSet } from './peopleNames.ts';

// One thing graded on two steps of one scale in two articles (evaluativeScales.ts): the one badly hurt worker
// "seriously" injured in one and "in a critical condition" in another, the damage to a hull "minor" and "a gash",
// the weather at a harbour "calm and clear" and "a howling gale". Mentions are filed under what they describe
// (the count of people graded, the damaged thing, a place), so only mentions of one thing meet. The finding lists
// each article's first sentence on it; an article that grades it on two steps takes no side.

/** At most this many mentions are filed under one key, so a crowded key costs no more than a quiet one. */
const mentionsPerKey = 32;

/** Things graded on two steps of one scale by different articles. */
export function findEvaluativeFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const people = peopleOfSet(sentences);
  const mentions = sentences.flatMap((sentence) => findEvaluativeMentions(sentence, people));
  const groups = linkedGroups(
    mentions,
    (mention) => mention.things.map((thing) => `${mention.scale}\u0000${thing}`),
    mentionsPerKey,
    // The weather of Sunday and of Tuesday are two things.
    (a, b) => !(a.weekday && b.weekday && a.weekday !== b.weekday),
  );
  return groups.flatMap((group) => finding(group) ?? []);
}

function finding(group: readonly EvaluativeMention[]): FactFinding | undefined {
  const firstPerArticle = new Map<string, EvaluativeMention>();
  for (const mention of group) {
    const own = firstPerArticle.get(mention.sentence.file);
    if (own && own.level !== mention.level) firstPerArticle.set(mention.sentence.file, { ...own, level: '' });
    else if (!own) firstPerArticle.set(mention.sentence.file, mention);
  }
  const listed = [...firstPerArticle.values()]
    .filter((mention) => mention.level !== '')
    .sort((a, b) => a.sentence.order - b.sentence.order);
  const levels = [...new Set(listed.map((mention) => mention.level))];
  const [one, other] = levels.map((level) => listed.find((mention) => mention.level === level) as EvaluativeMention);
  if (!one || !other) return undefined;
  return {
    fact: {
      fact: `${question(one)}: "${one.words}" or "${other.words}"`,
      kind: 'claim',
      values: listed.map((mention) => sentenceRef(mention.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `one thing: ${one.things.filter((thing) => other.things.includes(thing)).join(', ') || 'linked through another article'}`,
      `"${one.words}" is ${one.level}, "${other.words}" is ${other.level}`,
    ],
  };
}

// "How badly one person was hurt", "How badly Lorna Fairweather was hurt", "How bad the damage to the hull was",
// "What the weather was like".
function question(mention: EvaluativeMention): string {
  if (mention.scale === 'injury')
    return `How badly ${mention.about} ${/ people$/.test(mention.about) ? 'were' : 'was'} hurt`;
  if (mention.scale === 'damage') return `How bad the damage to the ${mention.about} was`;
  return 'What the weather was like';
}
