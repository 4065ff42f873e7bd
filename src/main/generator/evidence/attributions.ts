import type { CueSpan } from './sentenceRule.ts';
import type { EvidenceSentence, Token } from './sentenceTokens.ts';
import {
  classifySource,
  documentNouns,
  isCalendarWord,
  isSourceNoun,
  speakerGroupNouns,
  titleNouns,
  type SourceVerdict,
} from './namedSources.ts';
import { catenativeVerbs, isReportingVerb } from './reportingVerbs.ts';
import { isNegation, isNounLike, isPunctuation, isWord, isWordIn } from './wordForms.ts';

// Who says what in a sentence, in the four shapes news writing uses: a speaker before or after a reporting verb
// ("BBC News reported", '"...," said Peskov'), "according to X" / "as per X", the agent of a passive ("described
// as 'quite friendly' by the Kremlin"), and a reported noun with its author ("warnings from Western leaders").
// Each attribution also records which words it covers, so a "could" inside "X said Russia could ..." is X's, not
// the writer's.

export type AttributionForm = 'speaker' | 'according to' | 'agent' | 'reported noun';

export interface Attribution {
  form: AttributionForm;
  /** The reporting verb or the word that introduces the source ("according", "by", "from"). */
  marker: number;
  source: CueSpan;
  verdict: SourceVerdict;
  /** Tokens whose claim belongs to the source rather than to the writer. */
  covers: CueSpan;
}

const internalPrepositions = new Set(['of', 'to', 'at', 'for', 'from', 'in', 'with', 'by', 'inside', 'within']);
const sourcePrepositions = new Set(['of', 'at', 'from', 'by', 'to', 'with', 'for']);
const relativeStarts = new Set(['who', 'which', 'whose', 'whom']);
const reportedNouns = new Set([
  'report',
  'statement',
  'claim',
  'allegation',
  'accusation',
  'warning',
  'assessment',
  'comment',
  'remark',
  'estimate',
  'analysis',
  'study',
  'survey',
  'finding',
  'testimony',
  'assertion',
  'charge',
]);
const passiveReportingParticiples = new Set([
  'provide',
  'supply',
  'compile',
  'collect',
  'gather',
  'produce',
  'prepare',
  'describe',
  'quote',
  'cite',
  'publish',
  'release',
  'issue',
  'write',
  'see',
  'perceive',
  'view',
  'regard',
  'consider',
  'accuse',
  'criticise',
  'criticize',
  'blame',
  'report',
  'announce',
  'call',
  'deny',
  'confirm',
  'say',
  'claim',
  'allege',
  'dismiss',
  'condemn',
  'praise',
  'welcome',
  'reject',
  'leak',
  'obtain',
  'commission',
  'conduct',
  'author',
  'sign',
  'carry',
  'air',
  'broadcast',
  'post',
]);
const beForms = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re']);

export function findAttributions(sentence: EvidenceSentence): Attribution[] {
  const found: Attribution[] = [];
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted) continue;
    const at = token.index;
    const attribution =
      accordingTo(sentence, at) ?? passiveAgent(sentence, at) ?? reportedNoun(sentence, at) ?? speaker(sentence, at);
    if (attribution) found.push(attribution);
  }
  return found;
}

function attribution(
  sentence: EvidenceSentence,
  form: AttributionForm,
  marker: number,
  source: CueSpan,
  covers: CueSpan,
): Attribution {
  return { form, marker, source, verdict: classifySource(sentence, source), covers };
}

/** "BBC News reported", "Kremlin adviser Yury Ushakov stressed that", '"...," said Peskov'. */
function speaker(sentence: EvidenceSentence, at: number): Attribution | undefined {
  if (!isReportingVerb(sentence, at)) return undefined;
  const tokens = sentence.tokens;
  const before = startOfVerbGroup(tokens, at);
  if (isPassive(tokens, before, at)) return undefined;
  // "the statement did not mention Ukraine", "a spokesperson declined to comment": a source that did not say
  // something is no source for a claim.
  const group = tokens.slice(before, at);
  if (group.some((t, k) => isNegation(t, tokens[before + k + 1]) || isWord(t, 'refuse', 'decline', 'fail'))) {
    return undefined;
  }
  const relative = isWordIn(tokens[at], verbsOfTelling) ? restrictiveRelativeSubject(sentence, before - 1) : undefined;
  const subject = subjectBefore(sentence, before - 1) ?? relative ?? invertedSubject(sentence, at);
  if (!subject) return undefined;
  // "if regulators ask for more data": a condition, not someone saying anything.
  if (isWord(tokens[subject.from - 1], 'if', 'unless')) return undefined;
  const end = tokens.length - 1;
  const trailing = subject.from > at ? isTrailing(tokens, subject.to) : isTrailing(tokens, at);
  const covers = trailing
    ? { from: 0, to: Math.min(subject.from, at) - 1 }
    : { from: at + 1, to: clauseEnd(sentence, at + 1) };
  return attribution(
    sentence,
    'speaker',
    at,
    subject,
    covers.to < covers.from ? { from: at, to: Math.min(at, end) } : covers,
  );
}

/** "according to a report by the World Health Organization", "as per a report by ...", "citing intelligence sources". */
function accordingTo(sentence: EvidenceSentence, at: number): Attribution | undefined {
  const tokens = sentence.tokens;
  const token = tokens[at] as Token;
  let sourceStart: number;
  if (isWord(token, 'according') && isWord(tokens[at + 1], 'to')) sourceStart = at + 2;
  else if (isWord(token, 'as') && isWord(tokens[at + 1], 'per')) sourceStart = at + 2;
  else if (isWord(token, 'citing', 'quoting')) sourceStart = at + 1;
  else return undefined;
  const source = phraseAfter(sentence, sourceStart, true);
  if (!source) return undefined;
  const found = attribution(sentence, 'according to', at, source, { from: 0, to: tokens.length - 1 });
  // "citing security concerns" gives a reason, not a source: only a speaker, a document or a name counts.
  const citesReason =
    isWord(token, 'citing', 'quoting') && found.verdict.specificity < 2 && !mentionsSourceNoun(sentence, source);
  return citesReason ? undefined : found;
}

/** "described as 'quite friendly' by the Kremlin", "a document leaked to ... and published by El Pais". */
function passiveAgent(sentence: EvidenceSentence, at: number): Attribution | undefined {
  const tokens = sentence.tokens;
  if (!isWord(tokens[at], 'by')) return undefined;
  for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
    const token = tokens[i] as Token;
    if (isPunctuation(token) && !token.quoted) break;
    if (
      token.pos === 'VERB' &&
      isWordIn(token, passiveReportingParticiples) &&
      /(ed|en|wn|id|ought)$/.test(token.lower)
    ) {
      // "The report has not been released by the ministry": like a speaker who did not say it, no source.
      if (tokens.slice(Math.max(0, i - 4), i).some((t, k, group) => isNegation(t, group[k + 1] ?? token))) {
        return undefined;
      }
      const source = phraseAfter(sentence, at + 1);
      if (!source) return undefined;
      return attribution(sentence, 'agent', at, source, { from: 0, to: at - 1 });
    }
  }
  return undefined;
}

/** "warnings from Western leaders that ...", "a report by the Chinese paper Global Times". */
function reportedNoun(sentence: EvidenceSentence, at: number): Attribution | undefined {
  const tokens = sentence.tokens;
  const token = tokens[at] as Token;
  if (token.pos !== 'NOUN' || !isWordIn(token, reportedNouns) || !isWord(tokens[at + 1], 'by', 'from'))
    return undefined;
  const source = phraseAfter(sentence, at + 2);
  if (!source) return undefined;
  return attribution(sentence, 'reported noun', at + 1, source, {
    from: source.to + 1,
    to: clauseEnd(sentence, source.to + 1),
  });
}

function mentionsSourceNoun(sentence: EvidenceSentence, span: CueSpan): boolean {
  return sentence.tokens.slice(span.from, span.to + 1).some((t) => isSourceNoun(t));
}

/** The first token of the verb group ending at `verb`: "has previously said", "continues to deny". */
function startOfVerbGroup(tokens: readonly Token[], verb: number): number {
  let start = verb;
  for (let i = verb - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.pos === 'AUX' || token.pos === 'ADV' || isWord(token, 'not', "n't", 'n’t')) {
      start = i;
      continue;
    }
    if (isWord(token, 'to') && isWordIn(tokens[i - 1], catenativeVerbs)) {
      start = i - 1;
      i--;
      continue;
    }
    break;
  }
  return start;
}

/** "is seen as", "has been accused": the subject of a passive is what is talked about, not who talks. */
function isPassive(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  for (let i = groupStart; i < verb; i++) {
    if (beForms.has((tokens[i] as Token).lower)) return true;
  }
  return false;
}

function mayStandInSourcePhrase(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || token.quoted) return false;
  if (relativeStarts.has(token.lower) || token.lower === 'that') return false;
  if (['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(token.pos)) return true;
  if (token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’') return true;
  return isHyphenJoined(tokens, at);
}

/** "government-affiliated": a hyphen and the word it joins, written without spaces, belong to the phrase. */
function isHyphenJoined(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (/^[-‐]$/.test(token.text)) return before?.end === token.start && after?.start === token.end;
  return (
    before !== undefined &&
    /^[-‐]$/.test(before.text) &&
    before.end === token.start &&
    tokens[at - 2]?.end === before.start
  );
}

/** A participle inside a source phrase: "a document leaked to ...", "a think tank based in ...". */
function isReducedRelative(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  return (
    token.pos === 'VERB' && /(ed|en)$/.test(token.lower) && tokens[at + 1]?.pos === 'ADP' && isNounLike(tokens[at - 1])
  );
}

/** The noun phrase that ends at `end`, read leftwards: the subject of a reporting verb. */
function subjectBefore(sentence: EvidenceSentence, end: number): CueSpan | undefined {
  const tokens = sentence.tokens;
  let from = end + 1;
  for (let i = end; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (mayStandInSourcePhrase(tokens, i) || isReducedRelative(tokens, i)) {
      from = i;
      continue;
    }
    const inside = i > 0 && from <= end && (mayStandInSourcePhrase(tokens, i - 1) || isReducedRelative(tokens, i - 1));
    if (inside && (internalPrepositions.has(token.lower) || isWord(token, 'and', '&'))) {
      from = i;
      continue;
    }
    break;
  }
  // Drop a preposition or conjunction left hanging at the edge ("In December Ushakov" starts at "December").
  while (from <= end && ['ADP', 'CCONJ', 'SCONJ'].includes((tokens[from] as Token).pos)) from++;
  if (from > end) return relativeClauseSubject(sentence, end);
  let timed = false;
  while (from < end && isCalendarWord(tokens[from] as Token)) {
    from++;
    timed = true;
  }
  // "the partnership known as AUKUS announced last year": a noun after a preposition is no clause subject.
  const before = timed ? undefined : tokens[from - 1];
  if (before && (before.pos === 'ADP' || before.pos === 'VERB' || isNounLike(before)) && !before.quoted)
    return undefined;
  return withApposition(sentence, trimToName(tokens, { from, to: end }));
}

/**
 * "the 'One-China' principle Beijing expressed": a common noun glued to a name is only part of the source when it
 * is a title ("adviser Yury Ushakov", "newspaper El Pais"); otherwise the source is the name.
 */
function trimToName(tokens: readonly Token[], span: CueSpan): CueSpan {
  let nameStart = span.to + 1;
  while (nameStart - 1 >= span.from && (tokens[nameStart - 1] as Token).pos === 'PROPN') nameStart--;
  if (nameStart > span.to || nameStart === span.from) return span;
  // "Sources inside City Hall", "officials at Acme Corp": the name after a preposition says where they are.
  if (tokens.slice(span.from, nameStart).some((t) => internalPrepositions.has(t.lower))) return span;
  const before = tokens[nameStart - 1] as Token;
  if (before.pos !== 'NOUN' || isWordIn(before, titleNouns) || isWordIn(before, documentNouns)) return span;
  if (isWordIn(before, speakerGroupNouns)) return span;
  return { from: nameStart, to: span.to };
}

/**
 * "Mr Putin, who has denied any plans, said" and "The study, published in The Lancet, found": skip the clause
 * between commas back to its noun. A participle clause says whose the source is, so it stays in the source.
 */
function relativeClauseSubject(sentence: EvidenceSentence, end: number): CueSpan | undefined {
  const tokens = sentence.tokens;
  if (!isWord(tokens[end], ',')) return undefined;
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (!isWord(token, ',')) continue;
    const opener = tokens[i + 1];
    if (relativeStarts.has(opener?.lower ?? '')) return subjectBefore(sentence, i - 1);
    const participle = opener?.pos === 'VERB' && /(ed|en)$/.test(opener.lower);
    // "Dr Anthony Fauci, the top US infectious disease expert, warned": a title between commas after a name.
    const apposition = tokens.slice(i + 1, end).every((_, k) => mayStandInSourcePhrase(tokens, i + 1 + k));
    if (participle || apposition) {
      const noun = subjectBefore(sentence, i - 1);
      return noun ? { from: noun.from, to: end - 1 } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Verbs of telling, after which a relative clause may stand between the speaker and the verb ("Someone who works
 * there told me"). "Divers who inspected the ship found a gash" is what the divers saw, reported by someone else.
 */
const verbsOfTelling = new Set(['say', 'tell', 'claim', 'insist', 'warn', 'admit', 'explain', 'confide', 'allege']);

/** How far back a relative clause without commas may reach: "Someone who works at the Civic Centre told me". */
const relativeClauseMaxWords = 10;

/**
 * "Someone who works at the town hall told me", "A man who saw the crash said": a relative clause without commas
 * between the speaker and the verb; the speaker is the noun before "who".
 */
function restrictiveRelativeSubject(sentence: EvidenceSentence, end: number): CueSpan | undefined {
  const tokens = sentence.tokens;
  for (let i = end; i >= 0 && i >= end - relativeClauseMaxWords; i--) {
    const token = tokens[i] as Token;
    if (token.quoted || isPunctuation(token)) return undefined;
    if (!isWord(token, 'who')) continue;
    const noun = tokens[i - 1];
    if (!noun || !['NOUN', 'PRON', 'PROPN'].includes(noun.pos)) return undefined;
    return subjectBefore(sentence, i - 1);
  }
  return undefined;
}

/** "Qin Gang, China's ambassador to the U.S. said": a name and its title around a comma are one source. */
function withApposition(sentence: EvidenceSentence, span: CueSpan): CueSpan {
  const tokens = sentence.tokens;
  const comma = tokens[span.from - 1];
  if (!comma || comma.lower !== ',') return span;
  let from = span.from - 1;
  for (let i = span.from - 2; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (!mayStandInSourcePhrase(tokens, i) && !(internalPrepositions.has(token.lower) && i > 0)) break;
    from = i;
  }
  if (from !== 0 || from >= span.from - 1) return span;
  const before = tokens.slice(from, span.from - 1);
  const after = tokens.slice(span.from, span.to + 1);
  const allName = (part: Token[]): boolean =>
    part.length > 0 && part.length <= 4 && part.every((t) => t.pos === 'PROPN');
  return allName(before) || allName(after) ? { from, to: span.to } : span;
}

/**
 * '"...," said Kremlin spokesman Dmitry Peskov.' and "Investors may have overreacted, said Jane Smith, an economist
 * at Barclays.": the speaker follows the verb after a quotation or a comma, at the end of the sentence.
 */
function invertedSubject(sentence: EvidenceSentence, verb: number): CueSpan | undefined {
  const tokens = sentence.tokens;
  const before = tokens[verb - 1];
  if (!before || !(before.quoted || before.lower === ',')) return undefined;
  const subject = phraseAfter(sentence, verb + 1);
  if (!subject) return undefined;
  const after = tokens[subject.to + 1];
  const endsSentence =
    !after ||
    (isPunctuation(after) && after.lower !== ',') ||
    (after.lower === ',' && isTrailing(tokens, subject.to + 1));
  return before.quoted || endsSentence ? subject : undefined;
}

/** The noun phrase that starts at `start`: the source after "according to" or "by". */
function phraseAfter(sentence: EvidenceSentence, start: number, startsWithNoun = false): CueSpan | undefined {
  const tokens = sentence.tokens;
  let to = start - 1;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // After "according to" wink may read an infinitive and tag the noun a verb ("to sources/VERB").
    const nounTaggedVerb = startsWithNoun && i === start && token.pos === 'VERB' && !token.quoted;
    if (
      nounTaggedVerb ||
      mayStandInSourcePhrase(tokens, i) ||
      (i > start && isReducedRelative(tokens, i)) ||
      isMistaggedModifier(tokens, i)
    ) {
      to = i;
      continue;
    }
    if (
      i > start &&
      mayStandInSourcePhrase(tokens, i + 1) &&
      (sourcePrepositions.has(token.lower) || isWord(token, 'and'))
    ) {
      to = i;
      continue;
    }
    break;
  }
  return to >= start ? { from: start, to } : undefined;
}

/** "according to state media": wink can tag a noun used as a modifier as a verb ("state/VERB media"). */
function isMistaggedModifier(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  const before = tokens[at - 1];
  return (
    token.pos === 'VERB' && next?.pos === 'NOUN' && (!before || ['DET', 'ADJ', 'ADP', 'PART'].includes(before.pos))
  );
}

/** After the speaker, at most a short adjunct before the end: ", BBC News reported." or ", he said in a statement." */
function isTrailing(tokens: readonly Token[], from: number): boolean {
  if (tokens.length - (from + 1) > 8) return false;
  return !tokens.slice(from + 1).some((t) => t.pos === 'VERB' || t.pos === 'SCONJ' || t.quoted);
}

/** Where the clause that starts at `from` ends: a semicolon, ", which", ", while", ", but", or the sentence end. */
function clauseEnd(sentence: EvidenceSentence, from: number): number {
  let ends = clauseEndsBySentence.get(sentence);
  if (!ends) {
    ends = clauseEnds(sentence.tokens);
    clauseEndsBySentence.set(sentence, ends);
  }
  return ends[from] ?? sentence.tokens.length - 1;
}

const clauseEndsBySentence = new WeakMap<EvidenceSentence, number[]>();

/** For every token, the last token of its clause; one backward pass, so long sentences stay linear. */
function clauseEnds(tokens: readonly Token[]): number[] {
  const ends: number[] = new Array<number>(tokens.length);
  let end = tokens.length - 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    // '... the Arctic," which could have ...': the writer's comment after the quotation closes.
    const commentStarts =
      isWord(token, 'which', 'while', 'but', 'although', 'though', 'whereas') && isPunctuation(tokens[i - 1]);
    if (!token.quoted && (token.lower === ';' || commentStarts)) end = i - 1;
    ends[i] = end;
  }
  return ends;
}
