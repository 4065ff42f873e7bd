import type { ArticleSentence, Token } from './lineTokens.ts';
import type { DatedEvent } from './datedEvents.ts';
import { compareDates } from './compareDates.ts';
import { isClauseBreak } from './eventSubject.ts';

// How a dated event is named in a finding: "When Xi Jinping and Putin met in Beijing", "When the leak at the
// Norvale Chemicals plant began". The clause around the date, without the date, from the articles that agree.

/** "When Xi Jinping and Putin met in Beijing": the clause around the date, without the date. */
export function describeEvent(everyone: readonly DatedEvent[]): string {
  // Described by the dates most articles agree on: a member that gives another date may tell another event.
  const classes: DatedEvent[][] = [];
  for (const event of everyone) {
    const home = classes.find((members) => members[0] !== undefined && compareDates(members[0], event) !== 'different');
    if (home) home.push(event);
    else classes.push([event]);
  }
  const group = classes.reduce((best, members) => (members.length > best.length ? members : best), [] as DatedEvent[]);
  const [first, second] = group;
  const sharedActions = first && second ? [...first.actions].filter((sense) => second.actions.has(sense)) : [];
  const clauses = group
    .map((event) => predicateBefore(event, sharedActions) ?? clauseOf(event, sharedActions))
    .filter((clause) => clause !== undefined)
    .filter((clause) => clause.words >= 3)
    .filter((clause) => clause.nounPhrase || reads(clause.text));
  clauses.sort((x, y) => y.score - x.score || x.text.length - y.text.length);
  // "since Sunday" beside "on Saturday night" is still the question of when.
  const relation = group.some((event) => event.relation === 'on') ? 'on' : (group[0]?.relation ?? 'on');
  const lead = { on: 'When', since: 'Since when', until: 'Until when', before: 'Before when', after: 'After when' }[
    relation
  ];
  // "When the fire authority said" asks for an object: the day a thing was said is "When the fire authority said so".
  const best = clauses[0];
  if (best?.nounPhrase && relation === 'on') return `The date of ${best.text}`;
  const clause = best?.text.replace(
    /(?<!\b(?:was|were|is|are|been|be)) (said|says|told|announced|confirmed|alleges|alleged|claims|claimed|insists|insisted)$/,
    ' $1 so',
  );
  return `${lead} ${clause && reads(clause) ? clause : 'it happened'}`;
}

// A clause cut from its sentence may stop mid-phrase ("Sentencing is scheduled for", "a jury found the 44-year",
// "to be sworn"); a student reads the description as the question, so a clause like that gives way to the plain
// "When it happened", and the evidence lines show which event.
const danglingEnds = new Set([
  'for',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'the',
  'a',
  'an',
  'is',
  'was',
]);
function reads(clause: string): boolean {
  const words = clause.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  return (
    !danglingEnds.has(last) &&
    !/-(?:year|old|day|week|month)?$/.test(last) &&
    !/['’]s?$/.test(last) &&
    !/^to be\b/.test(clause) &&
    !/[|•/]/.test(clause)
  );
}

// A clause reads as a question only when it has a subject and a verb: it must open on its subject ("to leave
// Tarrow", "In the first count" and "lists 61 cases" do not) and hold a verb ("the Commission's report" does not,
// and is asked about as "The date of ..." instead).
const openingTags = new Set(['ADP', 'SCONJ', 'CCONJ', 'PART', 'VERB', 'AUX', 'ADV', 'PUNCT', 'SYM', 'NUM']);
function shapeOf(tokens: readonly Token[], kept: readonly number[]): 'clause' | 'nounPhrase' | 'broken' {
  const first = tokens[kept[0] ?? -1];
  const last = tokens[kept.at(-1) ?? -1];
  if (!first || !last || openingTags.has(first.pos)) return 'broken';
  if (kept.some((index) => ['VERB', 'AUX'].includes(tokens[index]?.pos ?? ''))) return 'clause';
  const plain = kept.every((index) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(tokens[index]?.pos ?? ''));
  return plain && ['NOUN', 'PROPN'].includes(last.pos) && ['DET', 'PROPN'].includes(first.pos)
    ? 'nounPhrase'
    : 'broken';
}

const hangingEndWords = new Set(['just', 'only', 'shortly', 'soon', 'right', 'early', 'late', 'and', 'or', 'the', 'a']);
/** Drops what a cut clause leaves hanging at its end: "the attack began just" -> "the attack began". */
function trimEnd(tokens: readonly Token[], kept: number[]): number[] {
  const trimmed = [...kept];
  while (trimmed.length > 3 && hangingEndWords.has(tokens[trimmed.at(-1) ?? -1]?.lower ?? '')) trimmed.pop();
  return trimmed;
}

const maxWords = 9;
const subjectPrepositions = new Set(['of', 'at', 'in', 'from', 'near', 'below', 'along', 'on', 'between']);
const relativeWords = new Set(['that', 'which', 'who']);

/**
 * "...died after the Elm River burst its banks on Tuesday": the verb right before the date, its subject and what
 * stands between, so the description names the event the date belongs to ("the Elm River burst its banks").
 */
function predicateBefore(event: DatedEvent, sharedActions: readonly string[]): Clause | undefined {
  const tokens = event.sentence.tokens;
  const dateFirst = prepositionStart(tokens, event.first);
  let verb = dateFirst - 1;
  while (verb >= 0 && dateFirst - verb <= 6 && tokens[verb]?.pos !== 'VERB') {
    if (isClauseBreak(tokens[verb]?.text)) return undefined;
    verb -= 1;
  }
  if (verb < 0 || tokens[verb]?.pos !== 'VERB') return undefined;
  let start = verb;
  while (start > 0 && tokens[start - 1]?.pos === 'AUX') start -= 1;
  // "back on to pen and paper": a verb right after a preposition is a noun the tagger misread.
  if (tokens[start - 1]?.pos === 'ADP') return undefined;
  // "were ordered to leave Tarrow": the infinitive belongs to the verb before it, whose subject is the subject.
  if (tokens[start - 1]?.lower === 'to' && tokens[start - 2]?.pos === 'VERB') {
    start -= 2;
    while (start > 0 && tokens[start - 1]?.pos === 'AUX') start -= 1;
  }
  const predicate = range(start, dateFirst - 1);
  // "Corvane, founded in 2019,": a participle after a comma tells of the noun before it ("Corvane was founded").
  // Only a bare participle right before a dated preposition: "declared the final figures" is a verb of its own.
  const bareParticiple =
    start === verb && verb === dateFirst - 1 && dateFirst < event.first && isParticiple(tokens[verb]);
  if (bareParticiple && tokens[start - 1]?.text === ',') {
    const noun = nounPhraseBefore(event, start - 1);
    if (noun.length === 0) return undefined;
    return passive(event.sentence, noun, predicate, 2);
  }
  let subjectEnd = start - 1;
  let score = 2;
  if (relativeWords.has(tokens[subjectEnd]?.lower ?? '')) {
    // ", which was announced" points back at the noun before the comma; a bare "that" after a list may not.
    if (tokens[subjectEnd]?.lower === 'that' && tokens[subjectEnd - 1]?.text !== ',') score -= 0.5;
    subjectEnd -= 1;
    if (tokens[subjectEnd]?.text === ',') subjectEnd -= 1;
  }
  // "The crane, one of six on the quay, was installed in 2009": the subject stands before the aside.
  if (tokens[subjectEnd]?.text === ',') {
    let opening = subjectEnd - 1;
    while (opening > 0 && subjectEnd - opening < 14 && tokens[opening]?.text !== ',') opening -= 1;
    if (tokens[opening]?.text === ',' && ['NOUN', 'PROPN'].includes(tokens[opening - 1]?.pos ?? '')) {
      subjectEnd = opening - 1;
    }
  }
  // "The airport was closed on Tuesday and will reopen on Thursday": the subject is the first verb's, not
  // "Tuesday and".
  if (tokens[subjectEnd]?.pos === 'CCONJ') {
    let earlier = subjectEnd - 1;
    while (earlier >= 0 && tokens[earlier]?.pos !== 'VERB' && !isClauseBreak(tokens[earlier]?.text)) earlier -= 1;
    if (tokens[earlier]?.pos !== 'VERB') return undefined;
    while (earlier > 0 && ['AUX', 'PART', 'ADV'].includes(tokens[earlier - 1]?.pos ?? '')) earlier -= 1;
    subjectEnd = earlier - 1;
  }
  let subjectStart = subjectEnd;
  while (subjectStart >= 0 && subjectEnd - subjectStart < 9) {
    const token = tokens[subjectStart];
    const joins = token?.pos === 'CCONJ' && tokens[subjectStart - 1]?.pos === 'PROPN';
    // "The leak at the Norvale Chemicals plant began": the place belongs to the subject.
    const inPhrase =
      token?.pos === 'ADP' &&
      subjectPrepositions.has(token.lower) &&
      ['NOUN', 'PROPN'].includes(tokens[subjectStart - 1]?.pos ?? '');
    if (!token || !(['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON', 'PART'].includes(token.pos) || joins || inPhrase)) break;
    subjectStart -= 1;
  }
  subjectStart += 1;
  if (subjectStart > subjectEnd) return undefined;
  // "shut libraries across the city in a vote held on Wednesday": a participle after a noun that is itself the
  // object of something else tells of that noun ("a vote was held").
  const stopper = tokens[subjectStart - 1]?.pos ?? '';
  if (bareParticiple && ['ADP', 'VERB'].includes(stopper)) {
    let nounStart = subjectEnd;
    while (nounStart > subjectStart && tokens[nounStart - 1]?.pos !== 'ADP') nounStart -= 1;
    if (tokens[nounStart]?.pos === 'DET')
      return passive(event.sentence, range(nounStart, subjectEnd), predicate, score);
  }
  const kept = trimEnd(tokens, [...range(subjectStart, subjectEnd), ...predicate]);
  const text = lowerFirstCommonWord(joinKept(event.sentence, kept), tokens[kept[0] ?? -1]);
  if (kept.some((index) => sharedActions.includes(tokens[index]?.sense ?? ''))) score += 1;
  const shape = shapeOf(tokens, kept);
  if (shape === 'broken') return undefined;
  return { text, words: kept.length, score, nounPhrase: shape === 'nounPhrase' };
}

// Participles a reduced clause uses: "founded", "held", "built" (the regular ones end in -ed).
const irregularParticiples = new Set(
  'held built known found made set given taken seen shown done won sent paid brought kept told sold led put shut cut born chosen drawn written struck spent begun broken frozen stolen'.split(
    ' ',
  ),
);
function isParticiple(token: Token | undefined): boolean {
  return !!token && token.pos === 'VERB' && (/[^e]ed$/.test(token.lower) || irregularParticiples.has(token.lower));
}

/** "a vote" + "held" -> "a vote was held". */
function passive(
  sentence: ArticleSentence,
  noun: readonly number[],
  predicate: readonly number[],
  score: number,
): Clause {
  const tokens = sentence.tokens;
  const head = tokens[noun.at(-1) ?? -1];
  const be = head?.pos === 'NOUN' && /[^s]s$/.test(head.lower) ? 'were' : 'was';
  const text = `${lowerFirstCommonWord(joinKept(sentence, noun), tokens[noun[0] ?? -1])} ${be} ${joinKept(sentence, trimEnd(tokens, [...predicate]))}`;
  return { text, words: noun.length + predicate.length + 1, score, nounPhrase: false };
}

// The first token of a date's lead-in: "on Tuesday", "until at least Wednesday", "until at the earliest".
function prepositionStart(tokens: readonly Token[], first: number): number {
  let at = first;
  if (/^(least|earliest|latest|most)$/i.test(tokens[at - 1]?.text ?? '')) {
    at -= 1;
    if (tokens[at - 1]?.lower === 'the') at -= 1;
    if (tokens[at - 1]?.lower === 'at') at -= 1;
  }
  if (/^(on|in|at|during|since|from|between|until|till|by|before|after)$/i.test(tokens[at - 1]?.text ?? '')) at -= 1;
  return at;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset);
}
const placePrepositions = new Set(['in', 'at', 'on', 'with', 'to', 'into', 'near', 'outside', 'inside']);
const weakStart = /^(and|but|or|including|as|while|with|for|to|of|amid)\b/i;
const relativeStart = /^(which|that|who)\b/i;

interface Clause {
  text: string;
  words: number;
  score: number;
  /** A noun phrase with no verb ("the Regional Electoral Commission's report"): asked about as "The date of ...". */
  nounPhrase: boolean;
}

function clauseOf(event: DatedEvent, sharedActions: readonly string[]): Clause | undefined {
  const sentence = event.sentence;
  const tokens = sentence.tokens;
  let from = event.first;
  while (from > 0 && !isClauseBreak(tokens[from - 1]?.text)) from -= 1;
  let to = event.last;
  while (to < tokens.length - 1 && !isClauseBreak(tokens[to + 1]?.text)) to += 1;
  const dateFirst = prepositionStart(tokens, event.first);
  // The clause's tokens with the date and its preposition left out.
  let kept = tokens
    .map((_, index) => index)
    .filter((index) => index >= from && index <= to && (index < dateFirst || index > event.last));
  let score = 0;
  const opening = tokens[kept[0] ?? -1]?.text ?? '';
  if (relativeStart.test(opening)) {
    // "the Aukus programme, which was announced last year": the programme is what was announced.
    const antecedent = nounPhraseBefore(event, from - 1);
    if (antecedent.length > 0) {
      kept = [...antecedent, ...kept.slice(1)];
      score += 1;
    } else score -= 3;
  }
  if (weakStart.test(opening)) score -= 3;
  // After the verb, keep a place ("met in Beijing") and drop the rest ("as part of measures", "of trying to ...").
  const verbAt = kept.findIndex((index) => tokens[index]?.pos === 'VERB');
  if (verbAt >= 0) {
    const cut = kept.findIndex(
      (index, position) =>
        position > verbAt &&
        ((tokens[index]?.pos === 'ADP' && !placePrepositions.has(tokens[index]?.lower ?? '')) ||
          tokens[index]?.pos === 'SCONJ'),
    );
    if (cut >= 3) kept = kept.slice(0, cut);
  }
  if (kept.length > maxWords) kept = kept.slice(0, maxWords);
  // End on a name, a noun or the verb, not on "the", "of" or "ahead".
  // A "verb" right after a preposition ("on to pen") is a noun the tagger misread, and no end either.
  const endsWell = (index: number): boolean =>
    ['NOUN', 'PROPN'].includes(tokens[index]?.pos ?? '') ||
    (tokens[index]?.pos === 'VERB' && tokens[index - 1]?.pos !== 'ADP');
  while (kept.length > 3 && !endsWell(kept[kept.length - 1] ?? -1)) kept.pop();
  // "forced back on to pen" cut from "pen and paper": a list cut in half goes back to the verb.
  if (tokens[(kept.at(-1) ?? -2) + 1]?.pos === 'CCONJ' && kept.length >= maxWords - 1) {
    while (kept.length > 3 && tokens[kept.at(-1) ?? -1]?.pos !== 'VERB') kept.pop();
  }
  while (kept.length > 0 && ['PUNCT', 'SYM'].includes(tokens[kept[0] ?? -1]?.pos ?? '')) kept.shift();
  if (cutBeforeComplement(tokens, kept)) return undefined;
  const shape = shapeOf(tokens, kept);
  if (shape === 'broken') return undefined;
  if (kept.some((index) => tokens[index]?.pos === 'VERB')) score += 1;
  // The clause that names the action the articles share ("met") describes the event best.
  if (kept.some((index) => sharedActions.includes(tokens[index]?.sense ?? ''))) score += 1;
  const text = joinKept(sentence, kept)
    .replace(/[,;:(]+$/, '')
    .replace(/^[\s"“”'‘’,;:\-–—]+/, '');
  return {
    text: lowerFirstCommonWord(text, tokens[kept[0] ?? -1]),
    words: kept.length,
    score,
    nounPhrase: shape === 'nounPhrase',
  };
}

// "A jury found Teodor Halvik, the founder of Corvane, guilty": cut at the comma, "found Teodor Halvik" says
// something else. A verb that judges or names its object needs the word that follows the aside.
const complementVerbs = new Set(['find', 'declare', 'deem', 'judge', 'pronounce', 'rule', 'name', 'call', 'rate']);
function cutBeforeComplement(tokens: readonly Token[], kept: readonly number[]): boolean {
  const last = kept.at(-1);
  if (last === undefined || tokens[last + 1]?.text !== ',') return false;
  return kept.some((index) => tokens[index]?.pos === 'VERB' && complementVerbs.has(tokens[index]?.lemma ?? ''));
}

/** Token indexes of the noun phrase that ends right before a comma ("the Aukus programme"). */
function nounPhraseBefore(event: DatedEvent, commaIndex: number): number[] {
  const tokens = event.sentence.tokens;
  let end = commaIndex - 1;
  if (tokens[commaIndex]?.text !== ',') end = commaIndex;
  const last = tokens[end];
  if (!last || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return [];
  let start = end;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[start - 1]?.pos ?? '') && end - start < 4) {
    start -= 1;
    if (tokens[start]?.pos === 'DET') break;
  }
  // "the 61-year-old plant": a common noun keeps its article, across a hyphenated modifier.
  if (tokens[start]?.pos !== 'DET') {
    let article = start - 1;
    while (
      article > 0 &&
      start - article < 8 &&
      ['NUM', 'PUNCT', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(tokens[article]?.pos ?? '') &&
      tokens[article]?.text !== ','
    )
      article -= 1;
    if (tokens[article]?.pos === 'DET') start = article;
  }
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}

function joinKept(sentence: ArticleSentence, kept: readonly number[]): string {
  let text = '';
  kept.forEach((index, position) => {
    const token = sentence.tokens[index];
    if (!token) return;
    const previous = kept[position - 1];
    const joined = previous !== undefined && previous === index - 1 && !token.spaceBefore;
    text += (position === 0 || joined ? '' : ' ') + token.text;
  });
  return text;
}

// "The US accused Russia" reads "When the US accused Russia"; a name keeps its capital, a common noun that opened
// its sentence does not ("Shares of Solvang fell" -> "When shares of Solvang fell").
function lowerFirstCommonWord(clause: string, first?: Token): string {
  const common = first?.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(first.text);
  return common ||
    /^(The|A|An|It|They|He|She|We|His|Her|Our|This|That|These|Those|Its|Their|All|Some|Most|Many|Both|Each|Every|No)\b/.test(
      clause,
    )
    ? clause.charAt(0).toLowerCase() + clause.slice(1)
    : clause;
}
