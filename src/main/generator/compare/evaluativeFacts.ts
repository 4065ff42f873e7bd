import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findEvaluativeMentions, type EvaluativeMention } from './evaluativeScales.ts';

// One thing graded on two steps of one scale in two articles (evaluativeScales.ts): the one badly hurt worker
// "seriously" injured in one and "in a critical condition" in another, the damage to a hull "minor" and "a gash",
// the weather at a harbour "calm and clear" and "a howling gale". Mentions are filed under what they describe
// (the count of people graded, the damaged thing, a place), so only mentions of one thing meet. The finding lists
// each article's first sentence on it; an article that grades it on two steps takes no side.

/** At most this many mentions are filed under one key, so a crowded key costs no more than a quiet one. */
const mentionsPerKey = 32;

interface Filed extends EvaluativeMention {
  index: number;
}

/** Things graded on two steps of one scale by different articles. */
export function findEvaluativeFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const mentions: Filed[] = [];
  for (const sentence of sentences) {
    for (const mention of findEvaluativeMentions(sentence)) mentions.push({ ...mention, index: mentions.length });
  }
  const byKey = new Map<string, Filed[]>();
  for (const mention of mentions) {
    for (const thing of mention.things) {
      const key = `${mention.scale}\u0000${thing}`;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [mention]);
      else if (list.length < mentionsPerKey) list.push(mention);
    }
  }
  const parent = mentions.map((mention) => mention.index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  for (const list of byKey.values()) {
    for (const [position, a] of list.entries()) {
      for (const b of list.slice(position + 1)) {
        // The weather of Sunday and of Tuesday are two things.
        if (a.weekday && b.weekday && a.weekday !== b.weekday) continue;
        parent[root(b.index)] = root(a.index);
      }
    }
  }
  const linked = new Map<number, Filed[]>();
  for (const mention of mentions) {
    const key = root(mention.index);
    linked.set(key, [...(linked.get(key) ?? []), mention]);
  }
  return [...linked.values()].flatMap((group) => finding(group) ?? []);
}

function finding(group: readonly Filed[]): FactFinding | undefined {
  const firstPerArticle = new Map<string, Filed>();
  for (const mention of group) {
    const own = firstPerArticle.get(mention.sentence.file);
    if (own && own.level !== mention.level) firstPerArticle.set(mention.sentence.file, { ...own, level: '' });
    else if (!own) firstPerArticle.set(mention.sentence.file, mention);
  }
  const listed = [...firstPerArticle.values()]
    .filter((mention) => mention.level !== '')
    .sort((a, b) => a.sentence.order - b.sentence.order);
  const levels = [...new Set(listed.map((mention) => mention.level))];
  const [one, other] = levels.map((level) => listed.find((mention) => mention.level === level) as Filed);
  if (!one || !other) return undefined;
  return {
    fact: {
      fact: `${question(one)}: "${one.words}" or "${other.words}"`,
      kind: 'claim',
      values: listed.map((mention) => refOf(mention.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `one thing: ${one.things.filter((thing) => other.things.includes(thing)).join(', ') || 'linked through another article'}`,
      `"${one.words}" is ${one.level}, "${other.words}" is ${other.level}`,
    ],
  };
}

// "How badly one person was hurt", "How bad the damage to the hull was", "What the weather was like".
function question(mention: EvaluativeMention): string {
  if (mention.scale === 'injury')
    return `How badly ${mention.about} ${mention.about === 'one person' ? 'was' : 'were'} hurt`;
  if (mention.scale === 'damage') return `How bad the damage to the ${mention.about} was`;
  return 'What the weather was like';
}

function refOf(sentence: ArticleSentence): LineRef {
  return { file: sentence.file, line: sentence.line, text: sentence.lineText.slice(sentence.start, sentence.end) };
}
