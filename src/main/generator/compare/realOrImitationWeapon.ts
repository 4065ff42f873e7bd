import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, markedWords, oneSided } from './choiceFacts.ts';

// Whether a weapon was real: "brandishing a handgun" against "possession of an imitation firearm". Police and
// courts tell the imitation apart, since the charge differs, and a headline's "gunman" often outruns them. A weapon
// counts as real only where someone held or used it ("brandishing", "armed with", "threatened staff with"); a word
// of imitation ("imitation", "replica", "fake", "toy") before it makes it the other kind, and an article that says
// both takes no side.

export type WeaponKind = 'real' | 'imitation';

export interface WeaponMention {
  sentence: ArticleSentence;
  kind: WeaponKind;
  start: number;
  end: number;
}

const weapons = new Set(
  ['gun', 'handgun', 'pistol', 'firearm', 'revolver', 'shotgun', 'rifle'].flatMap((word) => [word, `${word}s`]),
);
const imitationWords = new Set(['imitation', 'replica', 'fake', 'toy']);
const handlingVerbs = new Set(['brandish', 'wield', 'carry', 'point', 'aim', 'fire', 'threaten', 'hold', 'produce']);
const reach = 6;

/** The kind one sentence gives a weapon someone held; none when it gives both. */
export function findWeaponMentions(sentence: ArticleSentence): WeaponMention[] {
  const tokens = sentence.tokens;
  const found: WeaponMention[] = [];
  tokens.forEach((token, index) => {
    if (!weapons.has(token.lower)) return;
    // "firearms officers", "gun crime": the weapon names a kind of something else.
    if (tokens[index + 1]?.pos === 'NOUN') return;
    const before = tokens[index - 1];
    if (before && imitationWords.has(before.lower)) {
      // "an imitation firearm": with the article before it.
      const first = tokens[index - 2]?.pos === 'DET' ? (tokens[index - 2] ?? before) : before;
      found.push({ sentence, kind: 'imitation', start: first.start, end: token.end });
      return;
    }
    const verb = handlerOf(tokens, index);
    if (verb) found.push({ sentence, kind: 'real', start: verb.start, end: token.end });
  });
  return oneSided(found, (mention) => mention.kind);
}

// "brandishing a handgun", "armed with a pistol", "threatened staff with a gun": the verb of holding or using it.
function handlerOf(tokens: readonly Token[], weapon: number): Token | undefined {
  for (let at = weapon - 1; at >= Math.max(0, weapon - reach); at -= 1) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.text === '.') return undefined;
    if (token.lower === 'armed' && tokens[at + 1]?.lower === 'with') return token;
    if (token.pos === 'VERB' && handlingVerbs.has(token.lemma)) return token;
  }
  return undefined;
}

/** One weapon told as real by one article and as an imitation by another. */
export function findWeaponFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findWeaponMentions,
    about: () => 'weapon',
    choice: (mention) => mention.kind,
    describe: () => 'Whether the weapon was real or an imitation',
    textOf: markedWords,
    reasonsFor: (a, b) => ['one weapon', `${a.kind} / ${b.kind}`],
  });
}
