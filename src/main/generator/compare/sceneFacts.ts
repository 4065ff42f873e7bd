import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findSceneMentions, type SceneMention } from './sceneScales.ts';
import { linkedGroups } from './linkedGroups.ts';

// One scene told with words from two steps of one scale (sceneScales.ts): "some pushing and shoving when a lorry
// tried to leave the site" / "angry clashes ... when a lorry tried to leave the site". A scene is recognised by
// what else its sentences say: pairs of neighbouring content words ("lorry tried", "leave site", "factory gates")
// are the index, and two sentences must share one such pair and at least three content words in all. The finding
// lists the first sentence of each article on the scene.

/** Content words two sentences must share, the shared pair included, to tell one scene. */
const sharedWordsNeeded = 3;
/** At most this many mentions are filed under one pair, so a crowded pair costs no more than a quiet one. */
const mentionsPerPair = 32;
/** Content words further apart than this (in tokens) make no pair. */
const pairReach = 3;

interface Scene extends SceneMention {
  /** Word families of the rest of the sentence, and its pairs of neighbouring content words. */
  senses: Set<string>;
  pairs: string[];
}

/** Scenes told on two steps of one scale in different articles. */
export function findSceneFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const scenes: Scene[] = [];
  let previous: ArticleSentence | undefined;
  for (const sentence of sentences) {
    for (const mention of findSceneMentions(sentence)) {
      const { senses, pairs } = sceneWords(sentence, mention);
      // "About sixty dockers gathered at the terminal gate. It was a short, peaceful gathering": a sentence about
      // "it" tells the scene of the sentence before.
      if (previous?.file === sentence.file && startsWithPronoun(sentence)) {
        const before = sceneWords(previous, { first: -1, last: -1 });
        for (const sense of before.senses) senses.add(sense);
        pairs.push(...before.pairs);
      }
      scenes.push({ ...mention, senses, pairs });
    }
    previous = sentence;
  }
  const groups = linkedGroups(
    scenes,
    (scene) => scene.pairs.map((pair) => `${scene.scale}\u0000${pair}`),
    mentionsPerPair,
    (a, b) => a.sentence.file !== b.sentence.file && shared(a.senses, b.senses) >= sharedWordsNeeded,
  );
  return groups.flatMap((group) => finding(group) ?? []);
}

function finding(group: readonly Scene[]): FactFinding | undefined {
  const firstPerArticle = new Map<string, Scene>();
  for (const scene of [...group].sort((a, b) => a.sentence.order - b.sentence.order)) {
    const own = firstPerArticle.get(scene.sentence.file);
    // An article that tells the scene on both steps takes no side.
    if (own && own.level !== scene.level) firstPerArticle.set(scene.sentence.file, { ...own, level: '' });
    else if (!own) firstPerArticle.set(scene.sentence.file, scene);
  }
  const listed = [...firstPerArticle.values()].filter((scene) => scene.level !== '');
  const levels = [...new Set(listed.map((scene) => scene.level))];
  if (levels.length < 2) return undefined;
  const [one, other] = levels.map((level) => listed.find((scene) => scene.level === level) as Scene);
  if (!one || !other) return undefined;
  return {
    fact: {
      fact: `What happened: "${one.words}" or "${other.words}"`,
      kind: 'claim',
      values: listed.map((scene) => sentenceRef(scene.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `one scene: sentences share ${[...one.senses].filter((sense) => other.senses.has(sense)).join(', ')}`,
      `"${one.words}" and "${other.words}" are two steps of ${one.scale}`,
    ],
  };
}

const pronouns = new Set(['it', 'this', 'that', 'they']);

function startsWithPronoun(sentence: ArticleSentence): boolean {
  const first = sentence.tokens[0];
  return first?.pos === 'PRON' && pronouns.has(first.lower);
}

function sceneWords(
  sentence: ArticleSentence,
  mention: Pick<SceneMention, 'first' | 'last'>,
): { senses: Set<string>; pairs: string[] } {
  const content: { sense: string; at: number }[] = [];
  sentence.tokens.forEach((token, at) => {
    if (at >= mention.first && at <= mention.last) return;
    if (token.sense && token.pos !== 'NUM' && token.pos !== 'PROPN') content.push({ sense: token.sense, at });
  });
  const pairs: string[] = [];
  content.forEach((word, position) => {
    const next = content[position + 1];
    if (next && next.at - word.at <= pairReach) pairs.push(`${word.sense} ${next.sense}`);
  });
  return { senses: new Set(content.map((word) => word.sense)), pairs };
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const sense of a) if (b.has(sense)) count += 1;
  return count;
}
