import type { ArticleSentence, Token } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { quotationsOfLine } from './quoteMentions.ts';
import { groupMentions } from './factGroups.ts';
import { pushTo } from './pushTo.ts';

// One statement, one word changed: "came to rest on its roof" / "coming to rest on its side", "the blaze started in
// the kitchen" / "the fire started in the garage", "A man was arrested at the scene" / "A woman was arrested".
// Outlets retelling one event keep its frame and differ in the word that fills it. The frame (the words each side of
// the filler, as written) is the index. Only words from closed sets of values that exclude each other fill a frame:
// any two words in one frame would also pair synonyms ("an unopened tub" / "a sealed tub"), a part and its whole
// ("in the basement" / "in the building") and a title and its rank ("Opposition chief" / "Opposition leader").

export interface FilledFrame {
  sentence: ArticleSentence;
  file: string;
  order: number;
  /** Token index of the filler. */
  at: number;
  /** What fills the frame: a value of one contrast set. */
  filler: string;
  set: string;
  /** The filler as written. */
  words: string;
  /** The other values of the contrast sets the sentence names. */
  others: Set<string>;
  /** Word families of the sentence, the filler left out. */
  senses: Set<string>;
  keys: string[];
}

/** Frame words each side of a filler that make a key. */
const frameReach = 3;
/** How far out from the filler two frames are compared, each side. */
const matchReach = 5;
/** A pair of fillers in one frame is one fact from this score on (frame words, then shared words elsewhere). */
const sameStatement = 3;

const articles = new Set(['a', 'an', 'the']);
const joiners = new Set(['and', 'or', 'nor', ',', '/', '&', 'but']);

/** Colours that exclude each other, each row one colour in its spellings; `colours.ts` reads them too. */
export const colourRows: readonly (readonly string[])[] = [
  ['red'],
  ['orange'],
  ['amber'],
  ['yellow'],
  ['green'],
  ['blue'],
  ['white'],
  ['black'],
  ['grey', 'gray'],
  ['brown'],
  ['purple'],
  ['pink'],
];

// Closed sets of values that exclude each other: a car that came to rest on its roof did not come to rest on its
// side. General English, each set one attribute of anything in the news, named by the question it answers; the first
// word of a row is its value.
const contrastSets: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'Which direction': [
    ['north', 'northern', 'northerly', 'northbound'],
    ['south', 'southern', 'southerly', 'southbound'],
    ['east', 'eastern', 'easterly', 'eastbound'],
    ['west', 'western', 'westerly', 'westbound'],
  ],
  'Which side it came to rest on': [['roof'], ['side'], ['wheels']],
  'Whether a man or a woman': [
    ['man', 'men', 'male', 'boy', 'boys', 'gentleman'],
    ['woman', 'women', 'female', 'girl', 'girls', 'lady'],
  ],
  'Which colour': colourRows,
  'Which vehicle': [
    ['car'],
    ['van', 'minivan'],
    ['lorry', 'truck', 'hgv'],
    ['bus', 'coach', 'minibus'],
    ['motorcycle', 'motorbike'],
    ['bicycle', 'bike'],
    ['tractor'],
    ['taxi', 'cab'],
    ['tram'],
  ],
  'Which kind of boat': [['ferry'], ['trawler'], ['tanker'], ['yacht'], ['dinghy'], ['barge'], ['freighter']],
  'What happened': [['fire', 'blaze'], ['explosion', 'blast'], ['flood', 'flooding'], ['leak'], ['collapse']],
  'Which room': [
    ['kitchen'],
    ['bedroom'],
    ['bathroom'],
    ['basement', 'cellar'],
    ['loft', 'attic'],
    ['garage'],
    ['stairwell', 'staircase'],
  ],
  'Which part of the body': [['head'], ['arm', 'arms'], ['leg', 'legs'], ['chest'], ['hand', 'hands'], ['neck']],
  'Which weapon': [['knife'], ['gun', 'firearm', 'pistol', 'handgun', 'rifle', 'shotgun'], ['machete'], ['axe']],
  'What it was made of': [['wood', 'wooden', 'timber'], ['steel'], ['concrete'], ['brick'], ['glass'], ['plastic']],
  'Which relative': [
    ['mother', 'mum', 'mom'],
    ['father', 'dad'],
    ['son'],
    ['daughter'],
    ['brother'],
    ['sister'],
    ['husband'],
    ['wife'],
    ['grandmother', 'grandma', 'gran'],
    ['grandfather', 'grandad', 'granddad'],
    ['nephew'],
    ['niece'],
    ['uncle'],
    ['aunt'],
  ],
  'Who looks into it': [['independent', 'external'], ['internal']],
  'Front or rear': [['front'], ['rear']],
  'Upper or lower': [
    ['upper', 'top'],
    ['lower', 'bottom'],
  ],
};

const contrastOf = new Map<string, { set: string; value: string }>();
for (const [set, rows] of Object.entries(contrastSets)) {
  for (const row of rows) for (const word of row) contrastOf.set(word, { set, value: row[0] as string });
}

/** Every filler of a sentence with the frame around it. */
function filledFrames(sentence: ArticleSentence): FilledFrame[] {
  const tokens = sentence.tokens;
  const quotes = quotationsOfLine(sentence);
  const quoted = (token: Token): boolean =>
    quotes.some((quote) => quote.start <= token.start && token.start < quote.end);
  const found: FilledFrame[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    const contrast = contrastOf.get(token.lower);
    // A capitalised word is part of a name ("East Vale Ambulance Service"), no value.
    if (!contrast || token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text) || token.negated || quoted(token)) continue;
    if (joins(tokens[at - 1]) || (joins(tokens[at + 1]) && tokens[at + 1]?.text !== ',')) continue;
    const keys = frameKeys(tokens, at);
    if (keys.length === 0) continue;
    const senses = new Set<string>();
    const others = new Set<string>();
    tokens.forEach((other, index) => {
      if (index === at) return;
      if (other.sense && other.pos !== 'NUM') senses.add(other.sense);
      const value = contrastOf.get(other.lower)?.value;
      if (value) others.add(value);
    });
    found.push({
      sentence,
      file: sentence.file,
      order: sentence.order * 1000 + at,
      at,
      filler: contrast.value,
      set: contrast.set,
      words: token.text,
      others,
      senses,
      keys,
    });
  }
  return found;
}

function joins(token: Token | undefined): boolean {
  return token !== undefined && joiners.has(token.lower);
}

// A frame is the words as written right before and right after the filler; "a" and "the" are one word.
function frameWord(token: Token): string {
  return articles.has(token.lower) ? 'the' : token.lemma || token.lower;
}

function frameKeys(tokens: readonly Token[], at: number): string[] {
  const before = tokens.slice(Math.max(0, at - frameReach), at);
  const after = tokens.slice(at + 1, at + 1 + frameReach);
  const keys: string[] = [];
  const content = (words: readonly Token[]): boolean => words.some((word) => word.sense !== '');
  if (before.length === frameReach && content(before)) keys.push(`<${before.map(frameWord).join(' ')}`);
  if (after.length === frameReach && content(after)) keys.push(`>${after.map(frameWord).join(' ')}`);
  const near = [tokens[at - 2], tokens[at - 1], tokens[at + 1]];
  if (near.every((word) => word !== undefined) && content(near as Token[])) {
    keys.push(`=${(near as Token[]).map(frameWord).join(' ')}`);
  }
  return keys;
}

/** How many frame words two fillers share outwards from the filler, each side: a content word 1, others 1/2. */
function frameMatch(a: FilledFrame, b: FilledFrame): number {
  let score = 0;
  for (const step of [-1, 1]) {
    for (let reach = 1; reach <= matchReach; reach += 1) {
      const x = a.sentence.tokens[a.at + step * reach];
      const y = b.sentence.tokens[b.at + step * reach];
      if (!x || !y || frameWord(x) !== frameWord(y)) break;
      score += x.sense ? 1 : 0.5;
    }
  }
  return score;
}

function related(a: FilledFrame, b: FilledFrame): number {
  if (a.file === b.file || a.set !== b.set || a.filler === b.filler) return 0;
  // A sentence that has the other filler too tells of both.
  if (a.others.has(b.filler) || b.others.has(a.filler)) return 0;
  const frame = frameMatch(a, b);
  if (frame < 1.5) return 0;
  let shared = 0;
  for (const sense of a.senses) if (b.senses.has(sense)) shared += 1;
  const score = frame + shared / 2;
  return score >= sameStatement ? score : 0;
}

/** One frame filled differently by different articles. */
export function findFrameFillerFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const frames = sentences.flatMap((sentence) => filledFrames(sentence));
  const framesOf = new Map<string, FilledFrame[]>();
  for (const frame of frames) pushTo(framesOf, frame.file, frame);
  const groups = groupMentions(frames, {
    keys: (frame) => frame.keys,
    relate: related,
    exclusive: true,
  });
  const findings: FactFinding[] = [];
  for (const group of groups) {
    const fillers = new Set(group.map((frame) => frame.filler));
    if (fillers.size < 2) continue;
    // An article that fills the same frame both ways tells of two things ("the east wing ... the west wing").
    // So does one that gives the other value to the same word anywhere ("The east wing was evacuated").
    const torn = group.some((frame) =>
      (framesOf.get(frame.file) ?? []).some((own) =>
        group.some(
          (other) =>
            other.filler === own.filler &&
            own.filler !== frame.filler &&
            (own.keys.some((key) => other.keys.includes(key)) || sharesNeighbour(own, other)),
        ),
      ),
    );
    if (torn) continue;
    const [one, other] = group;
    if (!one || !other) continue;
    findings.push({
      fact: {
        fact: `${one.set}: "${one.words}" or "${other.words}"`,
        kind: 'claim',
        values: group.map((frame) => sentenceRef(frame.sentence)),
      },
      verdict: 'disagreement',
      reasons: [`one frame, filled with "${one.words}" and "${other.words}" (frame score ${related(one, other)})`],
    });
  }
  return findings;
}

function sharesNeighbour(a: FilledFrame, b: FilledFrame): boolean {
  const neighbours = (frame: FilledFrame): string[] =>
    [frame.sentence.tokens[frame.at - 1], frame.sentence.tokens[frame.at + 1]].flatMap((token) =>
      token?.sense ? [token.sense] : [],
    );
  const theirs = neighbours(b);
  return neighbours(a).some((sense) => theirs.includes(sense));
}
