import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';

// What a thing was found to be, told as suspected by one article and confirmed by another: "an illness officials
// suspect is norovirus" / "laboratory tests have confirmed norovirus", "a suspected gas leak" / "the gas leak was
// confirmed". Articles written hours apart may both be right at their time; a student should still see that one
// says it is known and the other that it is not. Left unconfirmed is on the suspected side: "the trust has not said
// whether ransomware was involved" / "the trust confirmed on Tuesday that ransomware had encrypted its network". A
// sentence that doubts ("may be") takes no side, and neither does a count ("12 confirmed cases", read by the
// figures).

export type Certainty = 'suspected' | 'not confirmed' | 'confirmed';

export interface DiagnosisMention {
  sentence: ArticleSentence;
  /** Word family of what it was found to be ("norovirus"). */
  thing: string;
  text: string;
  certainty: Certainty;
}

const suspectingWords = new Set(['suspected', 'probable', 'presumed', 'presumptive']);
const doubtWords = new Set(['may', 'might', 'could', 'if', 'whether', 'not', "n't", 'no', 'yet', 'unconfirmed']);

/** What one sentence says was suspected or confirmed; none when it doubts, or says both. */
export function findDiagnosisMentions(sentence: ArticleSentence): DiagnosisMention[] {
  const tokens = sentence.tokens;
  const unconfirmed = tokens.map((_, index) => notConfirmedAt(tokens, index)).find((at) => at !== undefined);
  if (unconfirmed !== undefined) {
    const thing = tokens[unconfirmed];
    return thing?.sense ? [{ sentence, thing: thing.sense, text: thing.text, certainty: 'not confirmed' }] : [];
  }
  if (tokens.some((token) => doubtWords.has(token.lower))) return [];
  const found: DiagnosisMention[] = [];
  tokens.forEach((token, index) => {
    const at = certaintyAt(tokens, index);
    if (!at) return;
    // "a suspected gas leak" / "the leak was confirmed": each noun of the compound names the thing.
    let first = at.thing;
    let last = at.thing;
    while (named(tokens, first - 1) && first - 1 > index) first -= 1;
    while (named(tokens, last + 1)) last += 1;
    if (at.thing < index) while (named(tokens, first - 1)) first -= 1;
    for (let noun = first; noun <= last; noun += 1) {
      const thing = tokens[noun];
      if (thing?.sense) found.push({ sentence, thing: thing.sense, text: thing.text, certainty: at.certainty });
    }
  });
  return new Set(found.map((mention) => mention.certainty)).size === 1 ? found : [];
}

function certaintyAt(tokens: readonly Token[], index: number): { thing: number; certainty: Certainty } | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // "suspected norovirus", "a probable outbreak" (not "12 suspected cases")
  if (suspectingWords.has(token.lower) && tokens[index - 1]?.pos !== 'NUM' && named(tokens, index + 1)) {
    return { thing: index + 1, certainty: 'suspected' };
  }
  // "officials suspect is norovirus", "suspected to be norovirus" (wink may tag the first "suspect" a noun)
  if (/^suspect(?:s|ed)?$/.test(token.lower)) {
    const after = tokens[index + 1]?.lemma === 'be' ? index + 2 : tokens[index + 1]?.lower === 'to' ? index + 3 : -1;
    return after > 0 && named(tokens, after) ? { thing: after, certainty: 'suspected' } : undefined;
  }
  if (token.pos !== 'VERB' || token.lemma !== 'confirm') return undefined;
  // "tests have confirmed norovirus", "confirmed as norovirus"
  const after = tokens[index + 1]?.lower === 'as' ? index + 2 : index + 1;
  if (tokens[index - 1]?.pos !== 'NUM' && named(tokens, after)) return { thing: after, certainty: 'confirmed' };
  const that = confirmedThat(tokens, index);
  if (that !== undefined) return { thing: that, certainty: 'confirmed' };
  // "the leak was confirmed", "norovirus has been confirmed"
  let before = index - 1;
  while (tokens[before]?.pos === 'AUX') before -= 1;
  // Not "a man was confirmed dead": what he was confirmed to be follows.
  const complement = ['ADJ', 'VERB', 'PART'].includes(tokens[index + 1]?.pos ?? '');
  if (before < index - 1 && named(tokens, before) && tokens[before - 1]?.pos !== 'NUM' && !complement) {
    return { thing: before, certainty: 'confirmed' };
  }
  return undefined;
}

// "has not said whether ransomware was involved", "would not confirm whether hackers", "has not yet confirmed that
// the leak", "declined to say if a virus": the thing after "whether", "if" or "that", left open by the one who
// would know. Not "could not confirm the number", which asks no question of what it was.
const tellingVerbs = new Set(['say', 'confirm', 'disclose', 'reveal', 'specify']);
const questionWords = new Set(['whether', 'if', 'that']);
const refusals = new Set(['decline', 'refuse']);

function notConfirmedAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB' || !tellingVerbs.has(token.lemma) || !questionWords.has(tokens[index + 1]?.lower ?? '')) {
    return undefined;
  }
  const before = tokens.slice(Math.max(0, index - 3), index);
  const held = before.some((word) => word.lower === 'not' || word.lower === "n't" || refusals.has(word.lemma));
  return held ? kindNamed(tokens, index + 2) : undefined;
}

// "confirmed on Tuesday that ransomware had encrypted parts of its network": what was confirmed, after "that".
function confirmedThat(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index + 1; at <= index + 4; at += 1) {
    const word = tokens[at];
    if (!word || (word.pos === 'PUNCT' && word.text !== ',') || word.pos === 'VERB') return undefined;
    if (word.lower !== 'that') continue;
    const thing = kindNamed(tokens, at + 1);
    return thing !== undefined && tokens[thing + 1]?.pos !== 'NOUN' ? thing : undefined;
  }
  return undefined;
}

// What a thing was, named as a kind ("ransomware", "a virus", "hackers"), not one already known ("the man", "the
// fire"), whose state is another question: "confirmed that the man had died" says nothing of whether he was armed.
function kindNamed(tokens: readonly Token[], first: number): number | undefined {
  let thing = first;
  if (tokens[thing]?.pos === 'DET' && !['a', 'an'].includes(tokens[thing]?.lower ?? '')) return undefined;
  while (tokens[thing]?.pos === 'DET' || tokens[thing]?.pos === 'ADJ') thing += 1;
  return named(tokens, thing) ? thing : undefined;
}

// A thing named by a common noun or a name, not a person: "norovirus", "Legionnaires".
function named(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN') && /^\p{L}/u.test(token.text);
}

/** Things one article calls suspected and another confirmed. */
export function findDiagnosisFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  // "Legionnaires disease" files one pair of sentences under each of its nouns: told once.
  const told = new Set<string>();
  return findChoiceFacts(sentences, {
    mentionsIn: findDiagnosisMentions,
    about: (mention) => mention.thing,
    // Suspected and left unconfirmed are one answer: not known yet.
    choice: (mention) => (mention.certainty === 'confirmed' ? 'confirmed' : 'not confirmed'),
    describe: (group) => `Whether it is confirmed as ${group[0]?.text ?? ''}`,
    reasonsFor: (a, b) => [`one thing: ${a.text} / ${b.text}`, `${a.certainty} / ${b.certainty}`],
  }).filter((finding) => {
    const key = finding.fact.values.map((value) => `${value.file}:${value.line}:${value.text}`).join('|');
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
}
