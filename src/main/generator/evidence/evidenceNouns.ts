import type { EvidenceSentence, Token } from './sentenceTokens.ts';
import { isNegation, isNounLike, isPunctuation, isWord, isWordIn } from './wordForms.ts';

// Which nouns name the evidence a claim could rest on, and the noun phrase around them: the absence word that
// governs a list ("no photos or other proof", "no names, dates or documents"), the modifiers in between ("no
// supporting documents"), the object of a verb ("did not share the underlying figures"), and the noun a relative
// clause is about ("the audit, which the company has not published"). The families are kinds of evidence, not
// phrases: whatever the article says is withheld, a reader can only check the claim if it is handed over.

/** How much a missing noun weighs: proof itself, material a claim rests on, or a record that could be checked. */
export type EvidenceStrength = 'proof' | 'material' | 'record';

/** Nouns that name proof itself: withheld or absent, they always mean the claim stands unproven. */
const proofNouns = new Set([
  'evidence',
  'proof',
  'substantiation',
  'corroboration',
  'confirmation',
  'documentation',
  'verification',
]);

/** Nouns that name material a claim could rest on; "no details" alone can be harmless, withheld they count. */
const materialNouns = new Set([
  'data',
  'datum',
  'detail',
  'information',
  'figure',
  'statistic',
  'source',
  'document',
  'record',
  'specific',
  'specifics',
  'example',
  'fact',
  'basis',
  'intelligence',
  'footage',
  'study',
  'research',
  // How a figure was reached: "no breakdown of the figure was given", "has not published its costings".
  'breakdown',
  'costing',
  'costings',
  'workings',
  'justification',
]);

/**
 * Records that would let a reader check a claim: "has not published the audit", "did not release the inspection
 * records". They count when the article says they were not handed over; "she had not seen the report" or "the
 * hospital has no record of her" say nothing about a claim.
 */
const recordNouns = new Set([
  'audit',
  'report',
  'file',
  'paperwork',
  'dossier',
  'video',
  'recording',
  'tape',
  'photo',
  'photograph',
  'picture',
  'image',
  'imagery',
  'transcript',
  'minutes',
  'log',
  'result',
  'finding',
  'analysis',
  'sample',
  'measurement',
  'calculation',
  'methodology',
  'correspondence',
  'email',
  'letter',
  'memo',
  'receipt',
  'invoice',
  'contract',
  'inspection',
  'survey',
  'assessment',
  'review',
  'map',
  'chart',
  // Official papers that certify or permit: "has not released the inspection certificate", "did not share the
  // trial protocol". (The workings behind a figure, "costings", are material, above.)
  'certificate',
  'certification',
  'licence',
  'license',
  'permit',
  'warrant',
  'logbook',
  'ledger',
  'register',
  'manifest',
  'protocol',
  'dataset',
  'spreadsheet',
  'valuation',
  'appraisal',
  'evaluation',
  'blueprint',
  'specification',
  'autopsy',
]);

/** Modifiers that make material into proof for a claim: "no supporting documents", "no independent data". */
const proofModifiers = new Set([
  'supporting',
  'corroborating',
  'underlying',
  'independent',
  'documentary',
  'photographic',
  'forensic',
  'hard',
  'concrete',
  'firm',
  'solid',
  'credible',
  'direct',
  'verifiable',
]);

/** Words that say the proof is absent or too thin: "no evidence", "little proof", "scant data". */
const absenceWords = new Set(['no', 'without', 'little', 'scant', 'scarce', 'insufficient', 'inconclusive', 'thin']);

/** "lack of evidence", "absence of proof". */
const lackNouns = new Set(['lack', 'absence', 'dearth', 'shortage', 'paucity']);

/**
 * How much the noun at `token` weighs as evidence. `inNounPhrase` says it stands where only a noun can ("the
 * maintenance logs"), where wink sometimes tags a plural noun a verb ("logs/VERB").
 */
export function evidenceStrength(
  token: Token | undefined,
  next: Token | undefined,
  inNounPhrase = false,
): EvidenceStrength | undefined {
  if (!token || token.pos === 'AUX' || (token.pos === 'VERB' && !inNounPhrase)) return undefined;
  // "data centre", "evidence bag": the noun modifies another and is not the thing withheld.
  if (next && next.pos === 'NOUN') return undefined;
  if (isWordIn(token, proofNouns)) return 'proof';
  if (isWordIn(token, materialNouns)) return 'material';
  if (isWordIn(token, recordNouns)) return 'record';
  return undefined;
}

/** "supporting", "independent": the words before the noun at `noun` say it would have proved something. */
export function isProofLike(sentence: EvidenceSentence, noun: number): boolean {
  const tokens = sentence.tokens;
  for (let i = noun - 1; i >= 0 && i >= noun - 3; i--) {
    const token = tokens[i] as Token;
    if (isWordIn(token, proofModifiers)) return true;
    if (!['ADJ', 'ADV', 'VERB', 'NOUN'].includes(token.pos)) return false;
  }
  return false;
}

/** A comma or "or"/"and"/"nor" between the items of a noun list. */
function isListSeparator(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && (token.lower === ',' || token.pos === 'CCONJ');
}

/** "supporting" in "no supporting documents": a participle that describes the noun after it. */
function isDescribingParticiple(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return token.pos === 'VERB' && /(ing|ed)$/.test(token.lower) && isNounLike(tokens[at + 1]);
}

/**
 * Does the noun at `at` open a clause of its own rather than end a list? "no rain, and evidence suggests ..." has
 * a verb after it; "no photos or documents were released" has an auxiliary, which opens a clause only after a
 * clause joint (", and", ", but").
 */
function opensClause(tokens: readonly Token[], at: number, afterJoint: boolean): boolean {
  const next = tokens[at + 1];
  return next !== undefined && (next.pos === 'VERB' || (next.pos === 'AUX' && afterJoint));
}

/** ", and" or ", but": where a new clause may start. */
function isClauseJoint(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'and', 'but') && isWord(tokens[at - 1], ',');
}

/**
 * Index of the absence word governing the noun at `noun`, read leftwards across its modifiers ("no hard
 * evidence", "without any supporting documents") and across the earlier items of a list it ends ("no photos or
 * other proof", "gave no names, dates or documents").
 */
export function absenceBefore(sentence: EvidenceSentence, noun: number): number | undefined {
  const tokens = sentence.tokens;
  let crossedList = false;
  let crossedJoint = false;
  // A noun across a list separator that starts a clause is no item of the list: "no rain, and evidence suggests".
  const governed = (at: number): number | undefined =>
    crossedList && opensClause(tokens, noun, crossedJoint) ? undefined : at;
  for (let i = noun - 1; i >= 0 && i >= noun - 10; i--) {
    const token = tokens[i] as Token;
    // "Neither photos nor documents": "nor" joins the list; the "neither" before it governs.
    if (isWord(token, 'nor') && isNounLike(tokens[i - 1])) {
      crossedList = true;
      continue;
    }
    if (isWordIn(token, absenceWords) || isWord(token, 'few')) return governed(i);
    // "not a shred of evidence", "not any proof"
    if (isNegation(token, tokens[i + 1])) return governed(i);
    if (isWord(token, 'of') && isWordIn(tokens[i - 1], lackNouns)) {
      const lack = tokens[i - 1] as Token;
      return governed(isWord(tokens[i - 2], 'a', 'the', 'an') ? i - 2 : lack.index);
    }
    if (
      ['ADJ', 'ADV', 'DET', 'NUM'].includes(token.pos) ||
      isWord(token, 'shred', 'scrap', 'piece', 'bit', 'of', 'single') ||
      isDescribingParticiple(tokens, i)
    ) {
      continue;
    }
    // "no DNA evidence": a noun glued to the next one; "no names, dates or documents": an earlier list item.
    if (isNounLike(token) && (isNounLike(tokens[i + 1]) || isListSeparator(tokens[i + 1]))) continue;
    if (isListSeparator(token) && (isNounLike(tokens[i - 1]) || isWord(tokens[i - 1], ','))) {
      crossedList = true;
      crossedJoint ||= isClauseJoint(tokens, i);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Words that stand between a verb and its evidence noun: "did not provide reporters any concrete evidence". */
function mayStandBeforeObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (['DET', 'ADJ', 'ADV', 'NUM', 'PRON'].includes(token.pos)) return true;
  if (isWord(token, 'up', 'public', 'forward', 'out', 'over')) return true;
  if (isDescribingParticiple(tokens, at)) return true;
  // "the engine-room logs": a hyphen inside a compound before the noun.
  const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b?.start === a.end;
  if (token.text === '-' && isNounLike(tokens[at - 1]) && glued(tokens[at - 1], token) && glued(token, tokens[at + 1]))
    return true;
  // "a copy of the report", "the results of the inspection".
  if (isWord(token, 'of') && isNounLike(tokens[at - 1])) return true;
  // "the supplier's incident report": an owner comes before the thing withheld.
  if (/^['’]s?$/u.test(token.lower) && isNounLike(tokens[at - 1])) return true;
  // "did not release photos, videos or other evidence": the items of a list.
  if (isListSeparator(token) && isNounLike(tokens[at - 1])) return true;
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

export interface EvidenceNoun {
  at: number;
  strength: EvidenceStrength;
}

const rank: Record<EvidenceStrength, number> = { proof: 3, material: 2, record: 1 };

/** The strongest evidence noun a verb takes as its object: "publish the underlying data" gives "data". */
export function evidenceObject(sentence: EvidenceSentence, verb: number): EvidenceNoun | undefined {
  const tokens = sentence.tokens;
  let best: EvidenceNoun | undefined;
  for (let i = verb + 1; i < tokens.length && i <= verb + 9; i++) {
    const token = tokens[i] as Token;
    const afterModifier = i > verb + 1 && ['DET', 'ADJ', 'NOUN'].includes(tokens[i - 1]?.pos ?? '');
    const strength = evidenceStrength(token, tokens[i + 1], afterModifier);
    if (strength && (!best || rank[strength] > rank[best.strength])) best = { at: i, strength };
    // The object ends at its head noun unless a list goes on after it.
    if (strength && !isListSeparator(tokens[i + 1])) break;
    if (!strength && !mayStandBeforeObject(tokens, i)) break;
  }
  return best;
}

/**
 * "the audit, which the company has not published": a verb with no object of its own, in a relative clause whose
 * noun is the evidence. `clauseStart` is where the verb group starts ("has" in "has not published").
 */
export function relativeAntecedent(
  sentence: EvidenceSentence,
  verb: number,
  clauseStart: number,
): EvidenceNoun | undefined {
  const tokens = sentence.tokens;
  const after = tokens[verb + 1];
  if (after && !isPunctuation(after) && after.pos !== 'ADP' && after.pos !== 'ADV') return undefined;
  for (let i = clauseStart - 1; i >= 0 && i >= clauseStart - 6; i--) {
    const token = tokens[i] as Token;
    if (isWord(token, 'which', 'that')) {
      const noun = isWord(tokens[i - 1], ',') ? i - 2 : i - 1;
      const strength = evidenceStrength(tokens[noun], tokens[noun + 1]);
      return strength ? { at: noun, strength } : undefined;
    }
    if (isPunctuation(token) || token.pos === 'VERB') return undefined;
  }
  return undefined;
}
