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
    .filter((clause) => clause.words >= 3);
  clauses.sort((x, y) => y.score - x.score || x.text.length - y.text.length);
  // "since Sunday" beside "on Saturday night" is still the question of when.
  const relation = group.some((event) => event.relation === 'on') ? 'on' : (group[0]?.relation ?? 'on');
  const lead = { on: 'When', since: 'Since when', until: 'Until when', before: 'Before when', after: 'After when' }[
    relation
  ];
  // "When the fire authority said" asks for an object: the day a thing was said is "When the fire authority said so".
  const clause = clauses[0]?.text.replace(
    /(?<!\b(?:was|were|is|are|been|be)) (said|says|told|announced|confirmed)$/,
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
  return !danglingEnds.has(last) && !/-(?:year|old|day|week|month)?$/.test(last) && !/^to be\b/.test(clause);
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
  const kept = [...range(subjectStart, subjectEnd), ...range(start, dateFirst - 1)];
  const text = lowerFirstCommonWord(joinKept(event.sentence, kept));
  if (kept.some((index) => sharedActions.includes(tokens[index]?.sense ?? ''))) score += 1;
  return { text, words: kept.length, score };
}

// The first token of a date's lead-in: "on Tuesday", "until at least Wednesday", "until at the earliest".
function prepositionStart(tokens: readonly Token[], first: number): number {
  let at = first;
  if (/^(least|earliest|latest|most)$/i.test(tokens[at - 1]?.text ?? '')) {
    at -= 1;
    if (tokens[at - 1]?.lower === 'the') at -= 1;
    if (tokens[at - 1]?.lower === 'at') at -= 1;
  }
  if (/^(on|in|at|during|since|from|until|till|by|before|after)$/i.test(tokens[at - 1]?.text ?? '')) at -= 1;
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
}

function clauseOf(event: DatedEvent, sharedActions: readonly string[]): Clause {
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
  while (kept.length > 3 && !['NOUN', 'PROPN', 'VERB'].includes(tokens[kept[kept.length - 1] ?? -1]?.pos ?? ''))
    kept.pop();
  if (kept.some((index) => tokens[index]?.pos === 'VERB')) score += 1;
  // The clause that names the action the articles share ("met") describes the event best.
  if (kept.some((index) => sharedActions.includes(tokens[index]?.sense ?? ''))) score += 1;
  const text = joinKept(sentence, kept)
    .replace(/[,;:(]+$/, '')
    .replace(/^[\s"“”'‘’,;:\-–—]+/, '');
  return { text: lowerFirstCommonWord(text), words: kept.length, score };
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

// "The US accused Russia" reads "When the US accused Russia"; a name keeps its capital.
function lowerFirstCommonWord(clause: string): string {
  return /^(The|A|An|It|They|He|She|We|This|That|These|Those|Its|Their|All|Some|Most|Many|Both|Each|Every|No)\b/.test(
    clause,
  )
    ? clause.charAt(0).toLowerCase() + clause.slice(1)
    : clause;
}
