import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// Which bone someone broke: "was knocked down and broke his hip" against "He suffered a broken leg". The injury is
// what readers learn of a hurt bystander, and outlets that copy it in haste change the bone. An article that names
// two broken bones (two people hurt, or one hurt twice) takes no side, so one person's hip is never set against
// another's wrist within an article; across articles the story's one broken bone is compared.

export interface BrokenBoneMention {
  sentence: ArticleSentence;
  bone: string;
  start: number;
  end: number;
}

const breakWords = new Set(['broke', 'broken', 'fractured', 'fracturing', 'breaking', 'shattered', 'snapped']);
// Bones by the word readers use; plurals and the medical names read as the same bone.
const bones: Readonly<Record<string, string>> = {
  hip: 'hip',
  hips: 'hip',
  pelvis: 'pelvis',
  leg: 'leg',
  legs: 'leg',
  femur: 'leg',
  thigh: 'leg',
  shin: 'leg',
  arm: 'arm',
  arms: 'arm',
  wrist: 'wrist',
  wrists: 'wrist',
  ankle: 'ankle',
  ankles: 'ankle',
  collarbone: 'collarbone',
  jaw: 'jaw',
  nose: 'nose',
  rib: 'rib',
  ribs: 'rib',
  skull: 'skull',
  back: 'back',
  neck: 'neck',
  spine: 'back',
  shoulder: 'shoulder',
  elbow: 'elbow',
  knee: 'knee',
  kneecap: 'knee',
  foot: 'foot',
  feet: 'foot',
  hand: 'hand',
  hands: 'hand',
  finger: 'finger',
  fingers: 'finger',
  toe: 'toe',
  cheekbone: 'cheekbone',
  eye: 'eye socket',
};
// Words that may stand between the verb and the bone: "broke his left hip", "a badly broken leg", "both arms".
const between = new Set(['his', 'her', 'their', 'a', 'an', 'the', 'left', 'right', 'both', 'two', 'several', 'lower']);

/** The broken bone one sentence names; none when it names two. */
export function findBrokenBoneMentions(sentence: ArticleSentence): BrokenBoneMention[] {
  const tokens = sentence.tokens;
  const found: BrokenBoneMention[] = [];
  tokens.forEach((token, index) => {
    if (!breakWords.has(token.lower)) return;
    const bone = boneAfter(tokens, index + 1);
    if (!bone) return;
    // "a broken leg": with its article, as the other outlet's "broke his hip" is marked with its verb.
    const article = tokens[index - 1]?.pos === 'DET' && token.lower === 'broken' ? tokens[index - 1] : undefined;
    found.push({ sentence, bone: bone.name, start: (article ?? token).start, end: bone.token.end });
  });
  return oneSided(found, (mention) => mention.bone);
}

function boneAfter(tokens: readonly Token[], from: number): { name: string; token: Token } | undefined {
  for (let at = from; at < Math.min(tokens.length, from + 3); at += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    const name = bones[token.lower];
    // "broke the eye of the needle" is no injury: the eye is a bone only as "eye socket".
    if (name && (token.lower !== 'eye' || tokens[at + 1]?.lower === 'socket')) return { name, token };
    if (!between.has(token.lower)) return undefined;
  }
  return undefined;
}

/** The story's broken bone named differently by two articles. */
export function findBrokenBoneFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findBrokenBoneMentions,
    about: () => 'broken bone',
    choice: (mention) => mention.bone,
    describe: () => 'Which bone was broken',
    textOf: markedWords,
    reasonsFor: (a, b) => ['one broken bone', `${a.bone} / ${b.bone}`],
  });
}
