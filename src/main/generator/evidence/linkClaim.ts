import type { CueSpan, SentenceReading } from './sentenceRule.ts';
import type { Token } from './sentenceTokens.ts';
import type { Attribution } from './attributions.ts';
import { isNounLike, isWord, isWordIn } from './wordForms.ts';

// "The US did not give proof to back up its claim" is about a claim made a sentence or two earlier ("the US
// accused Russia on Wednesday of trying to create a phoney Ukrainian strike"). The claim is found the way a
// reader finds it: the same actor making a claim (a reporting verb with that subject), the same words, the
// verb behind the noun ("allegation" <- "alleged"), and nearness.

export interface ClaimLink {
  reading: SentenceReading;
  score: number;
  reasons: string[];
}

/** How many sentences back a "no proof was given" sentence may point. */
export const claimWindow = 4;
const linkThreshold = 2.5;

const claimVerbs = new Set([
  'say',
  'claim',
  'allege',
  'accuse',
  'assert',
  'charge',
  'warn',
  'insist',
  'report',
  'tell',
  'suggest',
  'argue',
  'state',
  'announce',
  'maintain',
  'contend',
  'blame',
]);

/** A claim noun in the "no proof" sentence and the verb that makes such a claim. */
const claimNounVerbs: ReadonlyMap<string, string> = new Map([
  ['claim', 'claim'],
  ['allegation', 'allege'],
  ['accusation', 'accuse'],
  ['assertion', 'assert'],
  ['charge', 'charge'],
  ['suggestion', 'suggest'],
  ['warning', 'warn'],
  ['report', 'report'],
  ['statement', 'state'],
]);

/** Words of the "no proof" sentence itself, which say nothing about which claim it is. */
const evidenceVocabulary = new Set([
  'evidence',
  'proof',
  'datum',
  'data',
  'detail',
  'claim',
  'allegation',
  'accusation',
  'assertion',
  'give',
  'provide',
  'offer',
  'publish',
  'release',
  'back',
  'refuse',
  'decline',
  'fail',
  'verify',
  'confirm',
]);

const aliases: ReadonlyMap<string, string> = new Map([
  ['usa', 'us'],
  ['america', 'us'],
  ['britain', 'uk'],
]);
const multiWordAliases: readonly [string, string, string][] = [
  ['united', 'states', 'us'],
  ['united', 'kingdom', 'uk'],
];

/** A word as the linker compares it: lemma, no dots ("U.S." = "US"), common country names folded. */
function keyOf(tokens: readonly Token[], at: number): { key: string; width: number } {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  for (const [first, second, key] of multiWordAliases) {
    if (token.lower === first && next && (next.lower === second || next.lemma === second)) return { key, width: 2 };
  }
  const plain = token.lemma.replaceAll('.', '');
  return { key: aliases.get(plain) ?? plain, width: 1 };
}

function contentKeys(tokens: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(token.pos)) continue;
    const { key, width } = keyOf(tokens, i);
    if (key.length >= 2 && !evidenceVocabulary.has(key)) keys.add(key);
    i += width - 1;
  }
  return keys;
}

/** The actor of the "no proof" sentence: the words before its cue, after any opening phrase ("So far, the U.S."). */
function actorTokens(reading: SentenceReading, cue: CueSpan): Token[] {
  const tokens = reading.sentence.tokens;
  let from = 0;
  for (let i = 0; i < cue.from; i++) if (tokens[i]?.lower === ',') from = i + 1;
  return tokens.slice(from, cue.from);
}

function actorKeys(actor: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < actor.length; i++) {
    if (!isNounLike(actor[i])) continue;
    const { key, width } = keyOf(actor, i);
    keys.add(key);
    i += width - 1;
  }
  return keys;
}

/** "The company claims its drug works but has not published the data": the claim is in the same sentence. */
export function isSelfContained(reading: SentenceReading, cue: CueSpan): boolean {
  return reading.attributions.some(
    (a) => a.form === 'speaker' && a.marker < cue.from && isWordIn(reading.sentence.tokens[a.marker], claimVerbs),
  );
}

/** An earlier sentence and whether the article left it unsourced (vague attribution or speculation). */
export interface ClaimCandidate {
  reading: SentenceReading;
  unsourced: boolean;
}

interface LinkContext {
  flagged: SentenceReading;
  actor: Token[];
  candidate: SentenceReading;
  unsourced: boolean;
  /** 1 for the sentence right before. */
  distance: number;
}

interface LinkFinding {
  score: number;
  reason: string;
}

function claimSpeakerOf(candidate: SentenceReading): Attribution | undefined {
  return candidate.attributions.find(
    (a) => a.form === 'speaker' && isWordIn(candidate.sentence.tokens[a.marker], claimVerbs),
  );
}

/** Both sentences talk about the same things ("US", "Russia", "attack"). */
function sharedWords({ flagged, candidate }: LinkContext): LinkFinding | undefined {
  const flaggedKeys = contentKeys(flagged.sentence.tokens);
  const shared = [...contentKeys(candidate.sentence.tokens)].filter((key) => flaggedKeys.has(key));
  if (shared.length === 0) return undefined;
  return { score: Math.min(shared.length, 4), reason: `shares ${shared.join(', ')}` };
}

/** The candidate makes a claim: "the US accused Russia", "The U.S. Alleged on Wednesday that ...". */
function makesClaim({ candidate }: LinkContext): LinkFinding | undefined {
  const speaker = claimSpeakerOf(candidate);
  if (!speaker) return undefined;
  return { score: 2, reason: `it makes a claim ("${candidate.sentence.tokens[speaker.marker]?.text}")` };
}

/** The actor who gave no proof is the one who made the claim there. */
function sameActor({ actor, candidate }: LinkContext): LinkFinding | undefined {
  const keys = actorKeys(actor);
  if (keys.size === 0) return undefined;
  const speaks = candidate.attributions.some((a) => {
    if (a.form !== 'speaker') return false;
    const source = candidate.sentence.tokens.slice(a.source.from, a.source.to + 1);
    return [...actorKeys(source)].some((key) => keys.has(key));
  });
  return speaks ? { score: 3, reason: 'the same actor makes a claim there' } : undefined;
}

/** "It has not published the data", "The claim could not be verified": the subject points back to the claim. */
function pointsBack({ actor, candidate }: LinkContext): LinkFinding | undefined {
  if (!claimSpeakerOf(candidate)) return undefined;
  const pronoun = actor.length === 1 && isWord(actor[0], 'it', 'they', 'he', 'she');
  const claimNoun =
    actor.some((t) => isWord(t, 'the', 'this', 'these', 'that', 'those', 'such')) &&
    actor.some(
      (t) => claimNounVerbs.has(t.lemma) || isWord(t, 'figure', 'number', 'account', 'video', 'footage', 'toll'),
    );
  if (!pronoun && !claimNoun) return undefined;
  return { score: 1, reason: `"${actor.map((t) => t.text).join(' ')}" points back to it` };
}

/** "its claim" and "accused", "the allegation" and "alleged": the noun names the claim the verb made. */
function claimNounMatchesVerb({ flagged, candidate }: LinkContext): LinkFinding | undefined {
  const verbs = new Set(
    flagged.sentence.tokens
      .map((t) => claimNounVerbs.get(t.lemma))
      .filter((verb): verb is string => verb !== undefined),
  );
  if (verbs.size === 0 || !candidate.sentence.tokens.some((t) => isWordIn(t, verbs))) return undefined;
  return { score: 1, reason: 'the claim noun matches its verb' };
}

/**
 * "The fire is believed to have been started deliberately. Police have not released the footage.": a claim nobody
 * is named for, right before a sentence saying the proof is missing, is what the missing proof would prove.
 */
function unsourcedClaim({ unsourced, distance: steps }: LinkContext): LinkFinding | undefined {
  if (!unsourced) return undefined;
  return steps <= 1
    ? { score: 2.5, reason: 'an unsourced claim right before it' }
    : { score: 1.5, reason: 'an unsourced claim' };
}

/** The further back, the less likely. */
function distance({ distance: steps }: LinkContext): LinkFinding | undefined {
  if (steps <= 1) return undefined;
  return { score: -0.5 * (steps - 1), reason: `${steps} sentences back` };
}

const linkRules = [sharedWords, makesClaim, sameActor, pointsBack, claimNounMatchesVerb, unsourcedClaim, distance];

function scoreCandidate(context: LinkContext): ClaimLink {
  const findings = linkRules.map((rule) => rule(context)).filter((f): f is LinkFinding => f !== undefined);
  return {
    reading: context.candidate,
    score: findings.reduce((sum, f) => sum + f.score, 0),
    reasons: findings.map((f) => f.reason),
  };
}

/** The earlier sentence the "no proof" sentence refers to, if one stands out; `earlier` is in reading order. */
export function linkClaim(
  flagged: SentenceReading,
  cue: CueSpan,
  earlier: readonly ClaimCandidate[],
): ClaimLink | undefined {
  if (isSelfContained(flagged, cue)) return undefined;
  let best: ClaimLink | undefined;
  const actor = actorTokens(flagged, cue);
  const nearest = earlier.slice(-claimWindow);
  nearest.forEach(({ reading: candidate, unsourced }, index) => {
    const link = scoreCandidate({ flagged, actor, candidate, unsourced, distance: nearest.length - index });
    if (link.score >= linkThreshold && (!best || link.score > best.score)) best = link;
  });
  return best;
}
