import {
  wordsOf as quote,
  type CueSpan,
  type RuleFinding,
  type SentenceReading,
  type SentenceRule,
} from './sentenceRule.ts';
import {
  absenceBefore,
  evidenceObject,
  evidenceStrength,
  isProofLike,
  relativeAntecedent,
  type EvidenceNoun,
  type EvidenceStrength,
} from './evidenceNouns.ts';
import type { EvidenceSentence, Token } from './sentenceTokens.ts';
import { isNegation, isNounLike, isPunctuation, isWord, isWordIn } from './wordForms.ts';
import { namesOutlet } from './outletName.ts';

// Sentences in which the article says a claim's evidence is missing, in any wording. Rather than a list of
// phrases, the rules model the structure journalists use: an evidence noun that was not given ("did not give
// proof", "refused to provide evidence", "has not published the data"), an evidence noun with an absence word
// ("offered no evidence", "without proof", "a lack of evidence"), a claim that was not verified ("could not be
// independently verified", "None of the claims could be confirmed"), or a label that says so ("unsubstantiated").

/** Verbs of handing evidence over to others; negated, they say it was not handed over. */
const disclosureVerbs = new Set([
  'give',
  'provide',
  'offer',
  'present',
  'produce',
  'show',
  'release',
  'publish',
  'share',
  'disclose',
  'supply',
  'furnish',
  'reveal',
  'submit',
  'make',
  'put',
  'hand',
  'table',
  'post',
  'circulate',
]);

/** Verbs of having or pointing at evidence; negated with proof or material ("has not seen any evidence"). */
const provisionVerbs = new Set([
  ...disclosureVerbs,
  'cite',
  'name',
  'identify',
  'have',
  'see',
  'find',
  'back',
  'include',
  'contain',
  'attach',
]);

/** Verbs that check a claim. */
const checkingVerbs = new Set([
  'verify',
  'corroborate',
  'substantiate',
  'authenticate',
  'prove',
  'confirm',
  'check',
  'establish',
  'ascertain',
  'validate',
  'audit',
]);

/** Verbs that hold a claim up; "did not back up its claim" says it stands on nothing. */
const backingVerbs = new Set(['back', 'support', 'justify', 'substantiate']);

/**
 * With a claim for their object, verbs of laying its evidence down hold it up too: "has not documented the claim",
 * "did not demonstrate the allegation". (Not in `backingVerbs`: "documents" after "no" is evidence, not a verb.)
 */
const provingVerbs = new Set([...backingVerbs, 'document', 'evidence', 'demonstrate']);

const claimNouns = new Set(['claim', 'allegation', 'accusation', 'assertion', 'charge', 'assessment', 'statement']);

/** Labels a writer gives a claim that has not been proven. Denials ("baseless", "unfounded") are a party's view. */
const unprovenLabels = new Set([
  'unsubstantiated',
  'unverified',
  'unverifiable',
  'unproven',
  'unproved',
  'uncorroborated',
  'unconfirmed',
  'unsourced',
]);

/** Words that stand before "to" and deny the verb after it: "refused to provide", "has yet to publish". */
const refusalWords = new Set([
  'refuse',
  'decline',
  'fail',
  'neglect',
  'unable',
  'yet',
  'impossible',
  'difficult',
  'hard',
  'reluctant',
  'unwilling',
]);

/** Words that may stand between a negation and its verb: "has not been able to", "did not immediately". */
const negationBridge = new Set(['be', 'been', 'being', 'able', 'possible', 'to', 'so', 'far', 'yet', 'up']);

/** "evidence is lacking", "proof remains elusive": the predicate itself says the proof is not there. */
const absentPredicates = new Set([
  'lacking',
  'missing',
  'absent',
  'scant',
  'thin',
  'scarce',
  'insufficient',
  'inconclusive',
  'elusive',
  // "the report remains confidential", "the records were withheld": kept from the reader, not just absent.
  'withheld',
  'unpublished',
  'unreleased',
  'confidential',
  'secret',
  'classified',
  'sealed',
]);

/** Verbs that keep evidence back without a "not": "withheld the test results", "kept the report secret". */
const withholdingVerbs = new Set(['withhold', 'keep']);

/** What "kept" must leave the record as for it to be kept back: "kept the report secret". */
const keptBackStates = new Set(['secret', 'confidential', 'private', 'classified', 'wraps', 'hidden']);

interface Negation {
  /** Where the cue starts: the auxiliary before "not" ("did not"), or the refusal word ("refused to"). */
  start: number;
}

/** Is the verb at `verb` denied? Looks left across auxiliaries and adverbs: "has so far not been able to provide". */
export function negationOf(sentence: EvidenceSentence, verb: number): Negation | undefined {
  const tokens = sentence.tokens;
  for (let i = verb - 1, steps = 0; i >= 0 && steps < 7; i--, steps++) {
    const token = tokens[i] as Token;
    if (isNegation(token, tokens[i + 1])) {
      const before = tokens[i - 1];
      return { start: before && before.pos === 'AUX' ? i - 1 : i };
    }
    if (isWord(token, 'without') && i === verb - 1) return { start: i };
    // "There is no way to verify the claim."
    if (isWord(token, 'way') && isWord(tokens[i - 1], 'no') && isWord(tokens[i + 1], 'to')) return { start: i - 1 };
    if (isWordIn(token, refusalWords) && isWord(tokens[i + 1], 'to')) {
      const before = tokens[i - 1];
      const withAuxiliary = before && before.pos === 'AUX' && isWord(token, 'yet', 'unable');
      return { start: withAuxiliary ? i - 1 : i };
    }
    if (token.pos === 'AUX' || token.pos === 'ADV' || isWordIn(token, negationBridge)) continue;
    break;
  }
  return negatedSubject(sentence, verb);
}

/** "None of the claims could be verified", "No one has provided evidence": the subject carries the negation. */
// Far enough for "Neither that nor the council's figure is something the Bugle has been able to check": the
// subject, a linking verb and a relative clause that holds the check.
const negatedSubjectReach = 16;

function negatedSubject(sentence: EvidenceSentence, verb: number): Negation | undefined {
  const tokens = sentence.tokens;
  for (let i = verb - 1, steps = 0; i >= 0 && steps < negatedSubjectReach; i--, steps++) {
    const token = tokens[i] as Token;
    if (isPunctuation(token) || token.pos === 'VERB' || token.pos === 'SCONJ') return undefined;
    if (
      isWord(token, 'none', 'nobody', 'neither', 'nothing') ||
      (isWord(token, 'no') && isWord(tokens[i + 1], 'one')) ||
      noneOfAKind(tokens, i, verb)
    ) {
      return { start: i };
    }
  }
  return undefined;
}

/** Nouns after "no" that make a phrase of it, not a subject: "No doubt the council has published ...". */
const phraseNouns = new Set(['doubt', 'matter', 'wonder', 'surprise']);

/**
 * "No owner has shown ...", "No official has yet confirmed ...": a subject that denies its verb for every one of its
 * kind. Only auxiliaries and adverbs may stand between it and the verb; "has no plans to release" is an object.
 */
function noneOfAKind(tokens: readonly Token[], at: number, verb: number): boolean {
  const noun = tokens[at + 1];
  if (!isWord(tokens[at], 'no') || noun?.pos !== 'NOUN' || isWordIn(noun, phraseNouns)) return false;
  return tokens.slice(at + 2, verb).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || isNegation(t, undefined));
}

function finding(score: number, reason: string, cue: CueSpan): RuleFinding {
  return { score, reason, cue };
}

const scoreOf: Record<EvidenceStrength, number> = { proof: 3, material: 2, record: 2 };

/**
 * Can `verb` withhold a noun of this strength? Proof and material count with any verb of handing over or having
 * ("has not seen any evidence"); a record only when it is not handed over ("has not published the audit", "did
 * not make the footage public"), since "she had not seen the report" says nothing about a claim.
 */
function withholds(sentence: EvidenceSentence, verb: number, object: EvidenceNoun): boolean {
  if (object.strength !== 'record') return true;
  const token = sentence.tokens[verb];
  if (comesUpWith(sentence.tokens, verb)) return true;
  if (!isWordIn(token, disclosureVerbs)) return false;
  // "did not make the report" is about writing it; "did not make the report public" and "has not made public the
  // case reviews" are about handing it over.
  if (!isWord(token, 'make', 'put')) return true;
  return [...sentence.tokens.slice(object.at + 1, object.at + 3), sentence.tokens[verb + 1]].some((t) =>
    isWord(t, 'public', 'available', 'out', 'forward'),
  );
}

/** Verbs of a reporter getting sight of a record: "we have not been able to see the full results". */
const seeingVerbs = new Set(['see', 'obtain', 'examine', 'inspect', 'access', 'read', 'review', 'view']);

/**
 * "We have not yet been able to see the full results", "Reuters was unable to obtain the contract": the writer (or
 * the outlet) could not get sight of the record, so the claim it would back is unchecked. "She had not seen the
 * report" is a person who missed it, not the article saying the evidence is missing.
 */
function reporterCouldNotSee(sentence: EvidenceSentence, verb: number, negation: Negation): boolean {
  if (!isWordIn(sentence.tokens[verb], seeingVerbs)) return false;
  const group = sentence.tokens.slice(negation.start, verb);
  const subject = sentence.tokens.slice(Math.max(0, negation.start - 2), negation.start);
  return (
    group.some((t) => isWord(t, 'able', 'unable')) ||
    sentence.tokens.slice(negation.start, negation.start + 1).some((t) => isWord(t, 'unable')) ||
    subject.some((t) => isWord(t, 'we', 'i') || namesOutlet(sentence.file, t))
  );
}

/**
 * "The council has not said whether it received the report, and NBS has not seen it": a pronoun after the verb
 * stands for the evidence noun the sentence named before it.
 */
function pronounAntecedent(sentence: EvidenceSentence, verb: number, clauseStart: number): EvidenceNoun | undefined {
  const tokens = sentence.tokens;
  if (!isWord(tokens[verb + 1], 'it', 'them')) return undefined;
  const after = tokens[verb + 2];
  if (after && !isPunctuation(after) && after.pos !== 'ADV') return undefined;
  for (let i = clauseStart - 1; i >= 0; i--) {
    const strength = evidenceStrength(tokens[i], tokens[i + 1]);
    if (strength) return { at: i, strength };
  }
  return undefined;
}

/**
 * "did not give proof", "refused to provide evidence", "has not published the audit", "without offering any proof",
 * and in a relative clause, "the audit, which the company has not published".
 */
function evidenceWithheld({ sentence }: SentenceReading): RuleFinding | undefined {
  let best: RuleFinding | undefined;
  sentence.tokens.forEach((token, at) => {
    const seeing = isWordIn(token, seeingVerbs);
    const providing = isWordIn(token, provisionVerbs) || comesUpWith(sentence.tokens, at);
    if (!(providing || seeing) || token.pos === 'NOUN' || token.pos === 'AUX') return;
    const negation = negationOf(sentence, at);
    if (!negation) return;
    const couldNotSee = seeing && reporterCouldNotSee(sentence, at, negation);
    // "The jury has not examined the evidence yet" is a step not taken; only the reporter's failed look counts.
    if (!providing && !couldNotSee) return;
    const object = evidenceObject(sentence, comesUpWith(sentence.tokens, at) ? at + 2 : at);
    const antecedent = object ? undefined : relativeAntecedent(sentence, at, negation.start);
    const pronounFor =
      object || antecedent || !couldNotSee ? undefined : pronounAntecedent(sentence, at, negation.start);
    const withheld = object ?? antecedent ?? pronounFor;
    if (!withheld || !(withholds(sentence, at, withheld) || couldNotSee)) return;
    const madePublic = isWord(sentence.tokens[withheld.at + 1], 'public', 'available');
    const cue = antecedent
      ? { from: antecedent.at, to: at }
      : pronounFor
        ? { from: negation.start, to: at + 1 }
        : { from: negation.start, to: madePublic ? withheld.at + 1 : withheld.at };
    const score = scoreOf[withheld.strength];
    if (!best || score > best.score) {
      best = finding(score, `the article says the evidence was not given ("${quote(sentence, cue)}")`, cue);
    }
  });
  return best;
}

/** "Nobody has come up with any proof": a phrasal verb of producing something. */
function comesUpWith(tokens: readonly Token[], at: number): boolean {
  return (
    isWord(tokens[at], 'come', 'came', 'comes', 'coming') &&
    isWord(tokens[at + 1], 'up') &&
    isWord(tokens[at + 2], 'with')
  );
}

/** "The company withheld the test results", "The council has kept the inspection report secret". */
function evidenceKeptBack({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWordIn(token, withholdingVerbs) || token.pos !== 'VERB') continue;
    // "did not withhold the report" hands it over after all.
    if (negationOf(sentence, token.index)) continue;
    const object = evidenceObject(sentence, token.index);
    if (!object) continue;
    let to = object.at;
    if (isWord(token, 'keep')) {
      const state = tokens.slice(object.at + 1, object.at + 4).find((t) => isWordIn(t, keptBackStates));
      if (!state) continue;
      to = state.index;
    }
    const cue = { from: token.index, to };
    return finding(
      scoreOf[object.strength],
      `the article says the evidence is kept back ("${quote(sentence, cue)}")`,
      cue,
    );
  }
  return undefined;
}

/**
 * "provided nothing to substantiate its claims", "Nothing has been published to support the allegation", and
 * denied: "has not shown us anything in writing to back that up".
 */
function nothingToBackClaim({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    const nothing = isWord(token, 'nothing');
    if (token.quoted || !(nothing || isWord(token, 'anything'))) continue;
    if (!pointsAtClaim(sentence, token.index + 1)) continue;
    const verb = providingVerbBefore(tokens, token.index);
    // "anything" says nothing backs the claim only under a denial: "has not shown us anything".
    const from = nothing ? (verb?.index ?? token.index) : verb && negationOf(sentence, verb.index)?.start;
    if (from === undefined) continue;
    const cue = { from, to: token.index };
    return finding(2, `the article says nothing backs the claim ("${quote(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** Verbs a record would do for a claim, in "no telemetry that would confirm this", "seen nothing to show it". */
const confirmingVerbs = new Set([...backingVerbs, 'confirm', 'prove', 'show', 'verify', 'corroborate', 'suggest']);
const modalsBefore = new Set(['would', 'could', 'can', 'might', 'will', 'to']);

/**
 * "has released no telemetry that would confirm this", "The Echo has seen nothing to show the weather played any
 * part": whatever the record is, the article says none was given or seen that would bear the claim out. A verb of
 * giving or seeing must stand before it: "there is nothing to suggest foul play" is a finding, not a gap.
 */
function noRecordThatConfirms({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !(isWord(token, 'no') || isWord(token, 'nothing'))) continue;
    const verb = providingVerbBefore(tokens, token.index);
    if (!verb) continue;
    let at = token.index + 1;
    if (isWord(token, 'no')) {
      // "no sensor logs that would": the record's words, whatever the tagger made of them ("logs" as a verb).
      const endsRecord = (t: Token | undefined): boolean =>
        !t || isPunctuation(t) || isWord(t, 'that') || isWord(t, 'which') || isWordIn(t, modalsBefore);
      while (at <= token.index + 3 && !endsRecord(tokens[at])) at++;
      if (at === token.index + 1) continue;
      if (isWord(tokens[at], 'that') || isWord(tokens[at], 'which')) at++;
    }
    if (!isWordIn(tokens[at], modalsBefore)) continue;
    const confirming = tokens[at + 1];
    if (!isWordIn(confirming, confirmingVerbs) || isWord(tokens[at + 2], 'for')) continue;
    const cue = { from: verb.index, to: at + 1 };
    return finding(
      2,
      `the article says no record was given that would bear the claim out ("${quote(sentence, cue)}")`,
      cue,
    );
  }
  return undefined;
}

/** Words that point back at the claim just made: "show that.", "support this", "back it up". */
const claimPointers = new Set(['that', 'this', 'it', 'so', 'them', 'those']);
const recordReach = 8;

/**
 * "... though no regional wage figures published by Statistics Castrel show that", "No records back this up": the
 * article says no record there is bears out the claim it has just told. The verb must point back at that claim, so
 * "No figures show a rise in crime" (a finding of its own) is left alone.
 */
function noRecordBearsItOut({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  // The tagger may take the verb for a noun: "no records support/NOUN the claim". Before "the claim", "this" or
  // "up", it is the verb.
  const confirmsAt = (at: number): boolean =>
    isWordIn(tokens[at], confirmingVerbs) &&
    !isWord(tokens[at - 1], 'to') &&
    (tokens[at]?.pos !== 'NOUN' ||
      isWordIn(tokens[at + 1], claimPointers) ||
      isWord(tokens[at + 1], 'the', 'up', 'out'));
  for (const noun of tokens) {
    const next = confirmsAt(noun.index + 1) ? undefined : tokens[noun.index + 1];
    if (noun.quoted || !evidenceStrength(noun, next, true)) continue;
    const absence = absenceBefore(sentence, noun.index);
    if (absence === undefined || !isWord(tokens[absence], 'no', 'none')) continue;
    for (let at = noun.index + 1; at < tokens.length && at <= noun.index + recordReach; at++) {
      const token = tokens[at] as Token;
      if (isPunctuation(token) && token.lower !== '-') break;
      if (!confirmsAt(at)) continue;
      const pointer = isWord(tokens[at + 1], 'up', 'out') ? at + 2 : at + 1;
      const after = tokens[pointer + 1];
      // "show that." / "back this up" / "support the claim".
      const proForm = isWordIn(tokens[pointer], claimPointers) && (!after || isPunctuation(after));
      const claimNamed =
        isWordIn(after, claimNouns) && isWord(tokens[pointer], 'the', 'this', 'that', 'its', 'his', 'her');
      if (!proForm && !claimNamed) break;
      const cue = { from: absence, to: claimNamed ? pointer + 1 : pointer };
      return finding(2, `the article says no record bears the claim out ("${quote(sentence, cue)}")`, cue);
    }
  }
  return undefined;
}

/** Who was (not) shown it: "shown us anything", "shown reporters anything", "given the council anything". */
const recipientParts = new Set(['PRON', 'NOUN', 'PROPN', 'DET']);

/** The verb that handed over (or did not hand over) what follows, past the one it was handed to. */
function providingVerbBefore(tokens: readonly Token[], at: number): Token | undefined {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (isWordIn(token, provisionVerbs) && token.pos === 'VERB') return token;
    if (!recipientParts.has(token.pos)) return undefined;
  }
  return undefined;
}

/**
 * "offered no evidence", "There is no proof", "without any supporting documents", "a lack of evidence", "gave no
 * names, dates or documents", "little data to support".
 */
function evidenceLacking({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  let best: RuleFinding | undefined;
  tokens.forEach((token, at) => {
    const strength = evidenceStrength(token, tokens[at + 1]);
    if (!strength) return;
    const absence = absenceBefore(sentence, at);
    if (absence === undefined) return;
    let start = absence;
    // Take in the verb that offered nothing: "offered no evidence", "has produced little proof".
    const verb = tokens[absence - 1];
    const verbs = strength === 'record' ? disclosureVerbs : provisionVerbs;
    const offeredNothing = verb !== undefined && isWordIn(verb, verbs) && verb.pos !== 'NOUN';
    if (offeredNothing) start = absence - 1;
    const cue = { from: start, to: at };
    // "no details" alone may be harmless; "offered no details", "no supporting documents" or "no data to support
    // the claim" is not. A record ("no photos") counts only then.
    const tiedToClaim = offeredNothing || isProofLike(sentence, at) || pointsAtClaim(sentence, at + 1);
    const score = strength === 'proof' ? 3 : tiedToClaim ? 2 : strength === 'material' ? 1 : 0;
    if (score > 0 && (!best || score > best.score)) {
      best = finding(score, `the article says there is no evidence ("${quote(sentence, cue)}")`, cue);
    }
  });
  return best;
}

const recordShowsVerbs = new Set(['show', 'prove', 'confirm', 'demonstrate', 'establish', 'document']);

/** "... to support the claim", "... for the allegation", "... that Russia planned": the missing proof is for a claim. */
function pointsAtClaim(sentence: EvidenceSentence, from: number): boolean {
  const tokens = sentence.tokens;
  const next = tokens[from];
  if (isWord(next, 'that')) return true;
  for (let i = from; i < tokens.length && i <= from + 5; i++) {
    const token = tokens[i] as Token;
    if (isWordIn(token, claimNouns) || isWordIn(token, backingVerbs)) return true;
    // "no paperwork showing that the visit took place": the record would show the claim the sentence names.
    // (A finite "show that" points back at a claim told before: noRecordBearsItOut reads it.)
    if (isWordIn(token, recordShowsVerbs) && token.lower.endsWith('ing') && isWord(tokens[i + 1], 'that')) return true;
    if (isPunctuation(token)) return false;
  }
  return false;
}

/** Where the predicate about the noun at `noun` starts: after "of the plan" or ", which" ("The report, which ..."). */
function predicateStart(tokens: readonly Token[], noun: number, isLinking: (t: Token | undefined) => boolean): number {
  let i = noun + 1;
  // "The report itself has not been released".
  if (isWord(tokens[i], 'itself', 'themselves')) i += 1;
  if (isWord(tokens[i], ',') && isWord(tokens[i + 1], 'which', 'that')) return i + 2;
  if (isWord(tokens[i], 'which', 'that') && isLinking(tokens[i + 1])) return i + 1;
  // Skip a short phrase after the noun: "Details of the plan were not released", "The data behind the claim has
  // never been released".
  if (tokens[i]?.pos === 'ADP') {
    while (i < tokens.length && i <= noun + 5 && !isLinking(tokens[i])) i++;
  }
  return i;
}

/**
 * "No evidence was offered", "Details were not made public", "proof has yet to be presented", "The report, which
 * has not been made public, ...".
 */
function evidenceNotForthcoming({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  let best: RuleFinding | undefined;
  tokens.forEach((token, at) => {
    const strength = evidenceStrength(token, tokens[at + 1]);
    if (!strength) return;
    const startsWithNo = absenceBefore(sentence, at);
    const isLinking = (t: Token | undefined): boolean =>
      t?.pos === 'AUX' || isWord(t, 'remain', 'remains', 'remained', 'seem', 'seems');
    const i = predicateStart(tokens, at, isLinking);
    if (!isLinking(tokens[i])) return;
    const verbs = strength === 'record' ? disclosureVerbs : provisionVerbs;
    for (let j = i; j < tokens.length && j <= i + 5; j++) {
      const verb = tokens[j] as Token;
      if (absentPredicates.has(verb.lower)) {
        const cue = { from: startsWithNo ?? at, to: j };
        best = finding(scoreOf[strength], `the article says the evidence is lacking ("${quote(sentence, cue)}")`, cue);
        return;
      }
      // The noun is what was (not) handed over, so the verb is passive: "was not released", not "did not give".
      const passive = isWordIn(verb, verbs) && tokens.slice(i, j).some((t) => isWord(t, 'be'));
      const participle = passive || isWord(verb, 'available', 'forthcoming', 'public', 'possible');
      if (!participle || verb.pos === 'AUX') continue;
      const negated = negationOf(sentence, j);
      if (!negated && startsWithNo === undefined) return;
      const cue = { from: startsWithNo ?? at, to: isWord(tokens[j + 1], 'public', 'available') ? j + 1 : j };
      const score = scoreOf[strength];
      if (!best || score > best.score) {
        best = finding(score, `the article says the evidence was not given ("${quote(sentence, cue)}")`, cue);
      }
      return;
    }
  });
  return best;
}

/** "could not be independently verified", "Reuters was unable to confirm", "None of the claims could be verified". */
function claimNotVerified({ sentence }: SentenceReading): RuleFinding | undefined {
  let best: RuleFinding | undefined;
  sentence.tokens.forEach((token, at) => {
    // wink tags some participles adjectives ("were not audited/ADJ"); an adjective like "verifiable" is no check.
    const participle = token.pos !== 'NOUN' && (token.pos !== 'ADJ' || token.lower.endsWith('ed'));
    const up = standsUp(sentence, at);
    if (!participle || !(isWordIn(token, checkingVerbs) || isOutsideReview(sentence, at) || up !== undefined)) return;
    // "has not been peer-reviewed", "not yet peer reviewed": the negation stands before the "peer" of the verb.
    let verbStart = at;
    while (isWord(sentence.tokens[verbStart - 1], 'peer', '-', '‐')) verbStart -= 1;
    const negation = negationOf(sentence, verbStart);
    if (!negation) return;
    const cue = { from: negation.start, to: up ?? at };
    // "The Kremlin did not confirm" is a party staying silent; "could not be verified" is a check that failed.
    const plainRefusal =
      isWord(token, 'confirm') && !/\b(be|been|able|unable|could|can|can't|cannot)\b/i.test(quote(sentence, cue));
    // "He did not confirm whether he would run" leaves a question open, not a claim unproven.
    if (plainRefusal && isWord(sentence.tokens[at + 1], 'whether', 'if')) return;
    const score = plainRefusal ? 2 : 3;
    if (!best || score > best.score) {
      best = finding(score, `the article says the claim was not verified ("${quote(sentence, cue)}")`, cue);
    }
  });
  return best;
}

/**
 * "has not been able to stand that claim up", "could not stand up the report": newsroom words for checking a claim
 * until it holds. "Stood up to the pressure" and "stand up for" are not checks, so the claim must sit in the phrase.
 */
function standsUp(sentence: EvidenceSentence, at: number): number | undefined {
  const tokens = sentence.tokens;
  if (!isWord(tokens[at], 'stand', 'stood')) return undefined;
  const up = tokens.slice(at + 1, at + 5).find((t) => isWord(t, 'up'));
  if (!up || isWord(tokens[up.index + 1], 'to', 'for')) return undefined;
  const between = tokens.slice(at + 1, up.index + 4);
  const claim = between.some(
    (t) => isWordIn(t, claimNouns) || isWord(t, 'story', 'report', 'reports', 'it', 'that', 'this'),
  );
  return claim ? up.index : undefined;
}

/**
 * "has not been independently reviewed", "was not peer-reviewed": a review by others is a check of the claim; "the
 * council has not reviewed its decision" is not, so a review counts only when passive or independent.
 */
function isOutsideReview(sentence: EvidenceSentence, at: number): boolean {
  const token = sentence.tokens[at];
  if (!isWord(token, 'review', 'reviewed', 'peer-reviewed', 'peer-review', 'test', 'tested', 'replicate')) return false;
  const before = sentence.tokens.slice(Math.max(0, at - 3), at);
  return /^peer/.test(token?.lower ?? '') || before.some((t) => isWord(t, 'independently', 'been', 'be', 'peer', '-'));
}

/**
 * "unsubstantiated claims", "unverified reports", "the figures are unconfirmed". Only the writer's label counts:
 * '"These are unverified claims," Peskov said' is a party dismissing the other side, like "baseless".
 */
function unprovenLabel({ sentence }: SentenceReading): RuleFinding | undefined {
  const label = sentence.tokens.find((token) => unprovenLabels.has(token.lower) && !token.quoted);
  if (!label) return undefined;
  const cue = { from: label.index, to: label.index };
  const next = sentence.tokens[label.index + 1];
  if (next && isNounLike(next)) cue.to = next.index;
  return finding(3, `the article calls it unproven ("${quote(sentence, cue)}")`, cue);
}

/** "did not back up its claim", "failed to substantiate the allegation". */
function claimNotBackedUp({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (!isWordIn(token, provingVerbs) || token.pos === 'NOUN') continue;
    const negation = negationOf(sentence, token.index);
    if (!negation) continue;
    // "The estimate was not backed by any published analysis", "not supported with data".
    const by = tokens[token.index + 1];
    const evidence = isWord(by, 'by', 'with') ? evidenceObject(sentence, token.index + 1) : undefined;
    if (evidence) {
      const cue = { from: negation.start, to: evidence.at };
      return finding(
        scoreOf[evidence.strength],
        `the article says the claim was not backed up ("${quote(sentence, cue)}")`,
        cue,
      );
    }
    // "did not back the proposal" is about support; "did not back up its claim", "did not back its claims with
    // evidence" are about proof.
    const claimFollows = tokens.slice(token.index + 1, token.index + 4).some((t) => isWordIn(t, claimNouns));
    if (isWord(token, 'back') && !isWord(tokens[token.index + 1], 'up') && !claimFollows) continue;
    for (let i = token.index + 1; i < tokens.length && i <= token.index + 4; i++) {
      if (isWordIn(tokens[i], claimNouns)) {
        const cue = { from: negation.start, to: i };
        return finding(3, `the article says the claim was not backed up ("${quote(sentence, cue)}")`, cue);
      }
    }
  }
  return undefined;
}

/** Verbs of telling that, negated and followed by "how", "where" or "what", can withhold a source of knowledge. */
const tellingVerbs = new Set([
  'say',
  'explain',
  'disclose',
  'reveal',
  'specify',
  'detail',
  'elaborate',
  'show',
  'clarify',
  'outline',
  'indicate',
]);

/** Verbs of coming to know: "did not say how it knew", "... how it obtained the figures". */
const knowingVerbs = new Set([
  'know',
  'learn',
  'obtain',
  'get',
  'come',
  'find',
  'base',
  'source',
  'gather',
  'determine',
  'reach',
  'conclude',
  // How a figure was made: "did not say how it arrived at the figure", "... how the estimate was calculated".
  'arrive',
  'calculate',
  'estimate',
  'compute',
  'derive',
  'work',
  // How someone can be so sure: "wouldn't say how they could be sure", "did not explain how it was certain".
  'sure',
  'certain',
]);

/** Verbs of the reporter finding out: "I couldn't find where that number comes from". */
const findingOutVerbs = new Set(['find', 'trace', 'establish', 'discover', 'determine', 'learn']);

// Far enough for "has not said how many of the twelve fires were confirmed".
const unexplainedReach = 8;

/**
 * "did not say how it knew", "did not explain how it obtained the figures", "has not said whether the fires were
 * confirmed", "I couldn't find where that number comes from": the source or the check of a claim is withheld.
 */
function knowledgeUnexplained({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    // "It is not clear where the figure comes from", "It is unclear how the council calculated the gap".
    const unclear = isWord(token, 'unclear');
    const asks = isWordIn(token, tellingVerbs) || isWordIn(token, findingOutVerbs) || isWord(token, 'clear');
    if (!unclear && !asks) continue;
    const negation = unclear ? { start: token.index } : negationOf(sentence, token.index);
    // "said the committee had been misled, but did not say in what way": a charge left without its particulars.
    const unspecified = negation && asks && particularsWithheld(tokens, token.index + 1);
    if (unspecified) {
      const cue = { from: negation.start, to: unspecified };
      return finding(2, `the article says the claim was left without particulars ("${quote(sentence, cue)}")`, cue);
    }
    if (!negation || !isWord(tokens[token.index + 1], 'how', 'where', 'what', 'whether')) continue;
    for (let i = token.index + 2; i < tokens.length && i <= token.index + unexplainedReach; i++) {
      if (isPunctuation(tokens[i])) break;
      // "how many were confirmed dead" counts the dead; "how many were confirmed by investigators" is a check.
      const checked = isWordIn(tokens[i], checkingVerbs) && tokens[i + 1]?.pos !== 'ADJ';
      if (!isWordIn(tokens[i], knowingVerbs) && !checked) continue;
      // "how they could be sure" asks for grounds; "how sure she was of the date" only for a degree.
      if (isWord(tokens[i], 'sure', 'certain') && tokens[i - 1]?.lemma !== 'be') continue;
      const cue = { from: negation.start, to: i };
      return finding(2, `the article says the source of the claim was not explained ("${quote(sentence, cue)}")`, cue);
    }
  }
  return undefined;
}

/** "... in what way" or "... how" closing the sentence: the last token of the words asked, if so. */
function particularsWithheld(tokens: SentenceReading['sentence']['tokens'], from: number): number | undefined {
  const inWhatWay = isWord(tokens[from], 'in') && isWord(tokens[from + 1], 'what') && isWord(tokens[from + 2], 'way');
  const last = inWhatWay ? from + 2 : isWord(tokens[from], 'how') ? from : undefined;
  if (last === undefined) return undefined;
  const next = tokens[last + 1];
  return !next || isPunctuation(next) ? last : undefined;
}

/** Whom a thing was not shown: no one, or the people who would check it. */
const checkingAudiences = new Set([
  'anyone',
  'anybody',
  'us',
  'reporters',
  'journalists',
  'investigators',
  'inspectors',
]);
/** Verbs of showing a thing to someone. */
const showingVerbs = new Set(['show', 'produce', 'hand']);

/**
 * "they haven't shown anyone the tub", "has not produced for inspectors the receipts": whatever the thing is, a
 * claim's backers not showing it to anyone leaves the claim resting on their word.
 */
function shownToNoOne({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWordIn(token, showingVerbs) || token.pos === 'NOUN') continue;
    const negation = negationOf(sentence, token.index);
    const audience = tokens[token.index + 1];
    if (!negation || !isWordIn(audience, checkingAudiences)) continue;
    // "the tub", "the signed contract"; not "around the stadium", where nothing is handed over.
    const after = tokens.slice(token.index + 2, token.index + 6);
    const end = after.findIndex((t) => t.pos === 'NOUN');
    const thing = after[end];
    if (!thing || after.slice(0, end).some((t) => !['DET', 'ADJ', 'NUM'].includes(t.pos))) continue;
    const cue = { from: negation.start, to: thing.index };
    return finding(2, `the article says it was shown to no one ("${quote(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** What makes "source" the source of a claim rather than of a leak or a river: "any", "official", "independent". */
const claimSourceWords = new Set(['any', 'official', 'independent', 'original', 'named', 'reliable', 'credible']);

/**
 * "we could not trace it to any official source", "Reporters were unable to find an independent source for the
 * figure": the reporter looked for where a claim came from and found nothing.
 */
function sourceNotFound({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWordIn(token, findingOutVerbs)) continue;
    const negation = negationOf(sentence, token.index);
    if (!negation) continue;
    const source = tokens.slice(token.index + 1, token.index + 7).find((t) => isWord(t, 'source', 'sources'));
    if (!source) continue;
    const traced = isWord(token, 'trace');
    const described = tokens.slice(token.index + 1, source.index).some((t) => isWordIn(t, claimSourceWords));
    if (!traced && !described) continue;
    const cue = { from: negation.start, to: source.index };
    return finding(2, `the article says no source of the claim was found ("${quote(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** Predicates that say nobody knows: "is anyone's guess", "is unclear", "remains a mystery". */
const unknownOrigin =
  /\b(?:where|how)\b[^.;:]{1,60}?\bc(?:omes?|ame) from\b[^.;:]{0,20}?\b(?:is|was|remains)\s+(?:anyone['’]s guess|unclear|unknown|a mystery|not (?:clear|known))/iu;

/** "Where that number comes from is anyone's guess": the origin of a figure or claim is unknown. */
function originUnknown({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  if (!unknownOrigin.test(sentence.text)) return undefined;
  const from = tokens.find((t) => !t.quoted && isWord(t, 'where', 'how'));
  const to = tokens.find((t) => from !== undefined && t.index > from.index && isWord(t, ...unknownWords));
  if (!from || !to) return undefined;
  const cue = { from: from.index, to: to.index };
  return finding(2, `the article says nobody knows where the claim comes from ("${quote(sentence, cue)}")`, cue);
}
const unknownWords = ['guess', 'unclear', 'unknown', 'mystery', 'clear', 'known'];

/** Where research is checked before it counts: "has not yet appeared in a journal", "not published in a journal". */
const reviewedVenues = new Set(['journal', 'peer-reviewed', 'peer']);

/** "The results have not yet appeared in a journal", "the study is yet to be published in a peer-reviewed journal". */
function notInJournal({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWord(token, 'appear', 'publish', 'published', 'appeared')) continue;
    const negation = negationOf(sentence, token.index);
    if (!negation) continue;
    const venue = tokens.slice(token.index + 1, token.index + 6).find((t) => isWordIn(t, reviewedVenues));
    if (!venue) continue;
    const cue = { from: negation.start, to: venue.index };
    return finding(
      2,
      `the article says the findings have not been checked by a journal ("${quote(sentence, cue)}")`,
      cue,
    );
  }
  return undefined;
}

/** Verbs of answering: "did not respond to requests for evidence". */
const answeringVerbs = new Set(['respond', 'reply', 'answer', 'comment', 'return']);
/** What the one who asked did not get: "has not received them", "has yet to get it". */
const receivingVerbs = new Set(['receive', 'get', 'obtain']);

/** "did not respond to requests for evidence", "Asked for proof, the ministry declined to comment". */
function requestForEvidenceUnanswered({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  // What was asked for is the first noun after "for": "requests for evidence", not "a request for comment about
  // the data".
  const askedFor = (at: number): boolean => {
    let i = at;
    while (['DET', 'ADJ', 'NUM'].includes(tokens[i]?.pos ?? '')) i += 1;
    return evidenceStrength(tokens[i], tokens[i + 1]) !== undefined;
  };
  const asked = tokens.find(
    (t) =>
      isWord(t, 'request', 'requests', 'ask', 'asked') && isWord(tokens[t.index + 1], 'for') && askedFor(t.index + 2),
  );
  if (asked) {
    for (const token of tokens) {
      if (!isWordIn(token, answeringVerbs) || token.pos === 'NOUN') continue;
      const negation = negationOf(sentence, token.index);
      if (!negation) continue;
      const cue = { from: Math.min(asked.index, negation.start), to: Math.max(asked.index + 2, token.index) };
      return finding(2, `the article says a request for evidence went unanswered ("${quote(sentence, cue)}")`, cue);
    }
  }
  return requestAndRefusal(sentence);
}

/**
 * The request and the answer in one sentence: "We asked the firm for the inspection report, but it has not
 * released it", or told from the asker's side: "but has not yet received them". The word standing for the
 * evidence ("it", "one") ties the refusal to what was asked for.
 */
function requestAndRefusal(sentence: EvidenceSentence): RuleFinding | undefined {
  const asked = requestForEvidence(sentence);
  if (asked === undefined) return undefined;
  for (const token of sentence.tokens.slice(asked + 1)) {
    const handing = isWordIn(token, disclosureVerbs) || isWordIn(token, receivingVerbs);
    if (token.quoted || !handing || token.pos === 'NOUN') continue;
    if (!isWordIn(sentence.tokens[token.index + 1], proForms)) continue;
    const negation = negationOf(sentence, token.index);
    if (!negation || negation.start <= asked) continue;
    const cue = { from: asked, to: token.index + 1 };
    return finding(2, `the article says a request for evidence went unanswered ("${quote(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** How many words may stand between "asked" and "for": "asked the council press office three times for". */
const requestReach = 8;

/** "We asked the council this evening for the document", "requested the data": where evidence is asked for. */
export function requestForEvidence(sentence: EvidenceSentence): number | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWord(token, 'ask', 'request', 'requests', 'demand', 'press')) continue;
    // "We requested the inspection report": the evidence is the verb's object.
    if (isWord(token, 'request', 'demand') && token.pos === 'VERB' && evidenceObject(sentence, token.index)) {
      return token.index;
    }
    for (let i = token.index + 1; i < tokens.length && i <= token.index + requestReach; i++) {
      const word = tokens[i] as Token;
      if (isPunctuation(word)) break;
      if (!isWord(word, 'for')) continue;
      // The noun phrase after "for": "the document", "the maintenance records", "any written proof".
      for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
        if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[k]?.pos ?? '')) break;
        if (evidenceStrength(tokens[k], tokens[k + 1]) !== undefined) return token.index;
      }
      break;
    }
  }
  return undefined;
}

/** Words that stand for the thing asked for in the answer: "It has not provided one", "has not sent it". */
const proForms = new Set(['one', 'it', 'them', 'any', 'anything', 'that', 'this', 'those']);
/** A short reply in words of their own: "Nothing yet.", "No reply.", "Still nothing.", "None so far." */
const silenceWords = new Set(['nothing', 'no', 'none', 'still', 'silence']);
const silenceMaxWords = 5;

/**
 * The answer to a request for evidence in the sentence before: "We asked the council for the document behind the
 * figure. It has not provided one." / "I've asked three times for the paperwork. Nothing yet." The request names
 * the evidence; this sentence says it has not come, with a word standing for it or with no verb at all.
 */
export function requestLeftUnanswered(request: EvidenceSentence, answer: EvidenceSentence): RuleFinding | undefined {
  if (requestForEvidence(request) === undefined) return undefined;
  const tokens = answer.tokens;
  const words = tokens.filter((t) => !isPunctuation(t));
  const whole = { from: 0, to: Math.max(0, tokens.length - (isPunctuation(tokens.at(-1)) ? 2 : 1)) };
  const verbless = !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (words.length <= silenceMaxWords && verbless && isWordIn(words[0], silenceWords)) {
    return finding(2, `the article says a request for evidence went unanswered ("${quote(answer, whole)}")`, whole);
  }
  for (const token of tokens) {
    const handing =
      isWordIn(token, disclosureVerbs) ||
      isWordIn(token, answeringVerbs) ||
      isWordIn(token, receivingVerbs) ||
      isWord(token, 'send');
    if (token.quoted || !handing || token.pos === 'NOUN') continue;
    const negation = negationOf(answer, token.index);
    if (!negation) continue;
    const object = tokens[token.index + 1];
    if (object && !isPunctuation(object) && !isWordIn(object, proForms) && !isWord(object, 'to', 'so', 'yet')) continue;
    const cue = { from: 0, to: isWordIn(object, proForms) ? token.index + 1 : token.index };
    return finding(2, `the article says a request for evidence went unanswered ("${quote(answer, cue)}")`, cue);
  }
  return undefined;
}

/** Read top to bottom; a sentence is flagged when their scores reach the threshold. */
export const missingEvidenceRules: readonly SentenceRule[] = [
  { name: 'evidence withheld', test: evidenceWithheld },
  { name: 'evidence lacking', test: evidenceLacking },
  { name: 'evidence not forthcoming', test: evidenceNotForthcoming },
  { name: 'evidence kept back', test: evidenceKeptBack },
  { name: 'nothing backs the claim', test: nothingToBackClaim },
  { name: 'no record that confirms', test: noRecordThatConfirms },
  { name: 'no record bears it out', test: noRecordBearsItOut },
  { name: 'claim not verified', test: claimNotVerified },
  { name: 'unproven label', test: unprovenLabel },
  { name: 'claim not backed up', test: claimNotBackedUp },
  { name: 'knowledge unexplained', test: knowledgeUnexplained },
  { name: 'shown to no one', test: shownToNoOne },
  { name: 'source not found', test: sourceNotFound },
  { name: 'origin unknown', test: originUnknown },
  { name: 'not in a journal', test: notInJournal },
  { name: 'request for evidence unanswered', test: requestForEvidenceUnanswered },
];

export const missingEvidenceThreshold = 2;
