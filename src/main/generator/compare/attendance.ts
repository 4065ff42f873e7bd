import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether someone was at their own hearing: "appeared in person", "attended the hearing", "gave evidence over two
// days" against "did not attend the hearing", "was sentenced in his absence" or "appeared by video link". Court,
// tribunal, inquest and disciplinary reports all say it, and outlets often disagree. One who was there in person
// was not absent, nor on a screen (contraries.ts); "did not attend" denies being there.

/** The side "appeared in person", "attended the hearing" and "gave evidence" stand for. */
export const attendedInPerson = senseFamily('inperson');
/** The side "appeared by video link" stands for. */
export const attendedByVideo = senseFamily('byvideolink');
/** The side "sentenced in his absence" stands for. */
export const stayedAway = senseFamily('stayedaway');

export interface Attendance {
  side: string;
  /** Index of the last word of the phrase ("person" in "appeared in person"). */
  last: number;
  /** "Giving evidence over two days, Marriott told the panel": the person named after the opening participle. */
  person?: number;
}

// What one attends in person: a hearing of some kind. "She attended school in Ashwell" is another matter.
const hearings = new Set([
  'hearing',
  'court',
  'trial',
  'inquest',
  'tribunal',
  'sentencing',
  'proceedings',
  'panel',
  'session',
]);
const possessives = new Set(['his', 'her', 'their']);
const objectWords = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT']);

/** The attendance a verb at `index` tells of, if any. */
export function attendanceAt(tokens: readonly Token[], index: number): Attendance | undefined {
  const token = tokens[index];
  if (token?.pos !== 'VERB') return undefined;
  const absence = inTheirAbsence(tokens, index + 1);
  if (absence !== undefined) return { side: stayedAway, last: absence };
  const video = videoLinkAfter(tokens, index + 1);
  if (token.lemma === 'appear') {
    if (video !== undefined) return { side: attendedByVideo, last: video };
    if (tokens[index + 1]?.lower === 'in' && tokens[index + 2]?.lower === 'person') {
      return { side: attendedInPerson, last: index + 2 };
    }
    return undefined;
  }
  if (token.lemma === 'give' && tokens[index + 1]?.lower === 'evidence') {
    const side = video === undefined ? attendedInPerson : attendedByVideo;
    return { side, last: video ?? index + 1, ...personAfterOpening(tokens, index) };
  }
  if (token.lemma !== 'attend') return undefined;
  if (video !== undefined) return { side: attendedByVideo, last: video };
  const object = hearingObject(tokens, index + 1);
  return object === undefined ? undefined : { side: attendedInPerson, last: object };
}

// "attended the seven-day hearing", "did not attend": a hearing as the object, or no object at all.
function hearingObject(tokens: readonly Token[], from: number): number | undefined {
  const first = tokens[from];
  if (!first || (first.pos === 'PUNCT' && first.text !== '-') || first.pos === 'ADP' || first.pos === 'CCONJ') {
    return from - 1;
  }
  for (let at = from; at < tokens.length && at - from <= 5; at += 1) {
    const word = tokens[at];
    if (!word || !objectWords.has(word.pos)) return undefined;
    if (hearings.has(word.lower)) return at;
  }
  return undefined;
}

// "was tried in his absence", "was fined £4,000 in her absence": later in the verb's clause.
function inTheirAbsence(tokens: readonly Token[], from: number): number | undefined {
  for (let at = from; at < tokens.length && at - from <= 8; at += 1) {
    const word = tokens[at];
    if (!word || (word.pos === 'PUNCT' && word.text !== '-') || word.pos === 'VERB') return undefined;
    if (word.lower === 'in' && possessives.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.lower === 'absence') {
      return at + 2;
    }
  }
  return undefined;
}

// "by video link", "via a video-link": the last word of the phrase.
function videoLinkAfter(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  if (tokens[at]?.lower === 'evidence') at += 1;
  if (tokens[at]?.lower !== 'by' && tokens[at]?.lower !== 'via' && tokens[at]?.lower !== 'over') return undefined;
  at += 1;
  if (tokens[at]?.lower === 'a') at += 1;
  if (tokens[at]?.lower !== 'video') return undefined;
  if (tokens[at + 1]?.text === '-' && tokens[at + 2]?.lower === 'link') return at + 2;
  return tokens[at + 1]?.lower === 'link' ? at + 1 : undefined;
}

function personAfterOpening(tokens: readonly Token[], index: number): Pick<Attendance, 'person'> {
  if (index !== 0) return {};
  const comma = tokens.findIndex((word) => word.text === ',');
  let at = comma + 1;
  if (comma < 0 || tokens[at]?.pos !== 'PROPN') return {};
  while (tokens[at + 1]?.pos === 'PROPN') at += 1;
  return { person: at };
}
