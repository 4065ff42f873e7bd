import type { ArticleSentence, Token } from './lineTokens.ts';
import { subjectOf } from './eventSubject.ts';
import { isReportingVerb, reportsSpeech } from './reportingVerbs.ts';
import { quotationsOfLine } from './quoteMentions.ts';
import { wordsBetween } from './sentenceWords.ts';
import { isHonorific, officeAt } from './officeTitles.ts';
import model from 'wink-eng-lite-web-model';

// Where someone stands on doing something: refused ("the authority would not pay", "has ruled out paying",
// "refused to resign"), left open ("has not ruled out paying", "is considering paying") or agreed ("agreed to
// pay", "has decided to resign"). A claim is who (the head of the subject), what (the verb of the deed) and the
// stance. "Could rule out", "may refuse" and questions state nothing.

export type Stance = 'refused' | 'open' | 'agreed';

export interface StanceClaim {
  sentence: ArticleSentence;
  /** Word family of the head noun of who takes the stance, and who it is in words ("the authority", "Norvale"). */
  actor: string;
  actorText: string;
  /** The deed's stem ("paying" and "pay" give "pai"), and the deed as a verb ("pay", or "paying" as written). */
  deed: string;
  deedText: string;
  stance: Stance;
  /** What the deed is done to, if the sentence says: its head's family and its words ("council tax"). */
  object?: DeedObject;
  /** Inside quotation marks: a speaker's words, which the article reports without making them its own. */
  quoted: boolean;
}

const negators = new Set(['not', "n't", 'never']);
const futureModals = new Set(['will', 'would', "'ll", 'wo', 'shall']);
const otherModals = new Set(['could', 'might', 'may', 'can', 'ca', 'should', 'must']);
// Verbs that take "to" and a deed, by the stance they state (and the stance of their denial, if it says one).
const refusing = new Set(['refuse', 'decline']);
const agreeing = new Set(['agree', 'decide', 'promise', 'pledge', 'vow', 'commit']);
const weighing = new Set(['consider', 'weigh', 'discuss']);
const notDeeds = new Set(['be', 'have', 'do', 'say', 'comment', 'confirm', 'give', 'make']);
const deedTags = new Set(['VERB', 'ADJ', 'NOUN']);
// The stem alone: "raising" and "raise" must meet, which American spelling ("raizing") would keep apart.
const porterStem = model.addons.stem as (word: string) => string;

/** Stances on a deed taken in one sentence. */
export function findStanceClaims(sentence: ArticleSentence): StanceClaim[] {
  const tokens = sentence.tokens;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const claims: StanceClaim[] = [];
  tokens.forEach((token, index) => {
    const possibility = possibilityClaim(sentence, index);
    if (possibility) claims.push(possibility);
    // "refusing to rule out a link" is a stance on the link, read above, not on ruling out.
    if (token.lemma === 'rule' && tokens[index + 1]?.lower === 'out') return;
    // wink reads "will not close" and "considering raising" as adjectives: the frame says it is a verb.
    if (!deedTags.has(token.pos) || !token.sense || notDeeds.has(token.lemma) || isReportingVerb(token.sense)) return;
    const frame = stanceFrame(tokens, index);
    if (!frame) return;
    const actor = actorOf(tokens, frame.verb);
    if (!actor) return;
    const quotes = quotationsOfLine(sentence);
    const object = objectAfter(tokens, index);
    claims.push({
      sentence,
      actor: actor.sense,
      actorText: actor.text,
      deed: porterStem(token.lower),
      deedText: token.pos === 'VERB' ? token.lemma : token.lower,
      stance: frame.stance,
      ...(object ? { object } : {}),
      quoted: quotes.some((quote) => quote.start <= token.start && token.start < quote.end),
    });
  });
  return claims;
}

/**
 * Whether two claims cannot both be true: a refusal against an open mind or an agreement, on one deed done to one
 * thing ("will not close the library" says nothing about closing the pool; "would not pay" is any payment).
 */
export function stancesClash(a: StanceClaim, b: StanceClaim): boolean {
  if (a.object && b.object && a.object.sense !== b.object.sense) return false;
  // "a hygiene failure" and "a staffing failure" are two things to rule out; "a failure" may be either.
  if (a.deed.startsWith(possible) && a.object && b.object && !narrowedAlike(a.object.text, b.object.text)) {
    return false;
  }
  return a.stance !== b.stance && (a.stance === 'refused' || b.stance === 'refused');
}

// Whether a thing may be so, ruled out or left open: "navy denies sonar link", "Police have ruled out foul play"
// against "Navy won't rule out sonar link", "is refusing to rule out a link", "could not rule out foul play". A
// ruling-out is filed as a refusal, under the thing (`possible:` and its head), so stanceFacts.ts sets it against an
// open mind. "Could rule out", "will deny" and "plans to rule out" state nothing.
const rulingOut = new Set(['deny', 'dismiss', 'exclude']);
function possibilityClaim(sentence: ArticleSentence, index: number): StanceClaim | undefined {
  const tokens = sentence.tokens;
  const token = tokens[index] as Token;
  if (token.pos !== 'VERB') return undefined;
  const ruleOut = token.lemma === 'rule' && tokens[index + 1]?.lower === 'out';
  if (!ruleOut && !rulingOut.has(token.lemma)) return undefined;
  const object = objectAfter(tokens, ruleOut ? index + 1 : index);
  if (!object) return undefined;
  let verb = index;
  let open = false;
  if (tokens[index - 1]?.lower === 'to') {
    // "is refusing to rule out", "declined to rule out", "failed to rule out": left open.
    verb = index - 2;
    if (tokens[verb]?.pos !== 'VERB' || !(refusing.has(tokens[verb]?.lemma ?? '') || tokens[verb]?.lemma === 'fail')) {
      return undefined;
    }
    open = true;
  }
  const chain = chainBefore(tokens, verb);
  // "is refusing" is no passive: only a participle after "be" is.
  const passive = chain.passive && !/ing$/.test(tokens[verb]?.lower ?? '');
  if (chain.negated) open = !open;
  else if (chain.doubtful || chain.future || passive) return undefined;
  const actor = actorOf(tokens, verb);
  if (!actor) return undefined;
  const quotes = quotationsOfLine(sentence);
  return {
    sentence,
    actor: actor.sense,
    actorText: actor.text,
    deed: `${possible}${object.sense}`,
    deedText: 'rule out',
    stance: open ? 'open' : 'refused',
    object: { ...object, text: phraseWithoutDeterminer(sentence, ruleOut ? index + 1 : index, object.length) },
    quoted: quotes.some((quote) => quote.start <= token.start && token.start < quote.end),
  };
}

function narrowedAlike(a: string, b: string): boolean {
  const narrowers = (text: string): string[] => text.toLowerCase().split(/\s+/).slice(0, -1);
  const [fewer, more] = [narrowers(a), narrowers(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return fewer.every((word) => more.includes(word));
}

// "foul play", "sonar link": the thing with the words that describe it, as a question asks of it.
function phraseWithoutDeterminer(sentence: ArticleSentence, verb: number, length: number): string {
  let first = verb + 1;
  while (sentence.tokens[first]?.pos === 'DET') first += 1;
  return wordsBetween(sentence, first, verb + length);
}

/** The prefix of a deed that is a thing ruled out or left open, not a deed to be done. */
export const possible = 'possible:';

/** What a deed is done to: its head's word family, its words, and how many words after the deed its head stands. */
interface DeedObject {
  sense: string;
  text: string;
  length: number;
}

// "close the Elm Street library", "raising council tax", "paying the 2.3 million euro ransom": the noun phrase after
// the deed, up to its head.
function objectAfter(tokens: readonly Token[], deed: number): DeedObject | undefined {
  let at = deed + 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '') || /^['’]s$/.test(tokens[at]?.text ?? '')) at += 1;
  const first = at;
  let head: number | undefined;
  while (tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN') head = at++;
  const token = head === undefined ? undefined : tokens[head];
  if (!token?.sense || at - deed > 8) return undefined;
  const start = tokens[deed + 1]?.lower === 'the' ? deed + 1 : first;
  const text = tokens
    .slice(start, (head as number) + 1)
    .map((word) => (word.spaceBefore ? ` ${word.text}` : word.text))
    .join('')
    .trim();
  return { sense: token.sense, text, length: (head as number) - deed };
}

// The stance a deed is put in, and the verb whose subject takes it: "would not [pay]", "ruled out [paying]",
// "refused to [pay]", "has not ruled out [paying]", "is considering [paying]", "agreed to [pay]".
function stanceFrame(tokens: readonly Token[], deed: number): { stance: Stance; verb: number } | undefined {
  const before = tokens[deed - 1];
  // "ruled out paying", "has not ruled out paying", "is considering paying"
  if (/ing$/.test(tokens[deed]?.lower ?? '')) {
    const ruling = before?.lower === 'out' && tokens[deed - 2]?.lemma === 'rule' ? deed - 2 : undefined;
    if (ruling !== undefined) {
      const chain = chainBefore(tokens, ruling);
      if (chain.doubtful) return undefined;
      return { stance: chain.negated ? 'open' : 'refused', verb: ruling };
    }
    if (before && weighing.has(before.lemma) && before.pos === 'VERB') {
      const chain = chainBefore(tokens, deed - 1);
      return chain.negated || chain.doubtful ? undefined : { stance: 'open', verb: deed - 1 };
    }
    return undefined;
  }
  // "refused to pay", "agreed to pay", "vowed not to pay"
  if (before?.lower === 'to') {
    const negatedDeed = negators.has(tokens[deed - 2]?.lower ?? '');
    const verb = negatedDeed ? deed - 3 : deed - 2;
    const lemma = tokens[verb]?.lemma ?? '';
    if (tokens[verb]?.pos !== 'VERB' || !(refusing.has(lemma) || agreeing.has(lemma))) return undefined;
    const chain = chainBefore(tokens, verb);
    if (chain.negated || chain.doubtful) return undefined;
    const refused = refusing.has(lemma) !== negatedDeed;
    return { stance: refused ? 'refused' : 'agreed', verb };
  }
  // "would not pay", "will never pay", "won't pay"; not "will not be allowed back", which is done to them.
  const chain = chainBefore(tokens, deed);
  if (chain.future && chain.negated && !chain.doubtful && !chain.passive) return { stance: 'refused', verb: deed };
  return undefined;
}

interface Chain {
  negated: boolean;
  future: boolean;
  passive: boolean;
  /** A modal of possibility or duty: "could rule out", "may refuse". */
  doubtful: boolean;
}

function chainBefore(tokens: readonly Token[], verb: number): Chain {
  const chain: Chain = { negated: false, future: false, passive: false, doubtful: false };
  for (let at = verb - 1; at >= 0 && verb - at <= 4; at -= 1) {
    const token = tokens[at];
    if (!token) break;
    if (negators.has(token.lower)) chain.negated = true;
    else if (token.pos === 'AUX') {
      if (futureModals.has(token.lower)) chain.future = true;
      if (otherModals.has(token.lower)) chain.doubtful = true;
      if (token.lemma === 'be' || token.lemma === 'get') chain.passive = true;
    } else if (token.pos !== 'ADV' && token.pos !== 'PART') break;
  }
  return chain;
}

// The subject of the stance verb; through a pronoun, the subject of the verb that reports it ("The health
// authority says it will not pay"). A pronoun alone names nobody.
function actorOf(tokens: readonly Token[], verb: number): { sense: string; text: string } | undefined {
  const head = subjectOf(tokens, verb);
  if (head !== undefined && tokens[head]?.sense) return actorAt(tokens, head);
  let at = verb - 1;
  while (at >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[at]?.pos ?? '')) at -= 1;
  if (tokens[at]?.pos !== 'PRON') return undefined;
  let reporting = at - 1;
  if (tokens[reporting]?.lower === 'that') reporting -= 1;
  const reporter = tokens[reporting];
  if (!reporter || !(reportsSpeech(reporter) || (reporter.pos === 'VERB' && isReportingVerb(reporter.sense)))) {
    return undefined;
  }
  const speaker = subjectOf(tokens, reporting);
  return speaker !== undefined && tokens[speaker]?.sense ? actorAt(tokens, speaker) : undefined;
}

// A name as written, without its title ("Norvale", "Ida Roth"); the head of anything else with "the" ("the health authority": "the
// authority"). A body's name ends in a common word and reads as that word ("the Haldern Health Authority").
function actorAt(tokens: readonly Token[], head: number): { sense: string; text: string } {
  const token = tokens[head] as Token;
  let first = head;
  while (tokens[first - 1]?.pos === 'PROPN' && !isHonorific(tokens[first - 1]) && !officeAt(tokens, first - 1)) {
    first -= 1;
  }
  const named = token.pos === 'PROPN' && !bodyWords.test(token.lower);
  const text = tokens
    .slice(first, head + 1)
    .map((word) => word.text)
    .join(' ');
  return { sense: token.sense, text: named ? text : `the ${token.lower}` };
}

const bodyWords =
  /^(?:council|authority|government|ministry|department|agency|company|board|union|committee|commission|police|service|office|court|parliament|assembly|bank|hospital|university|school|party|group)$/;
