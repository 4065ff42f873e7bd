import type { ArticleSentence } from './lineTokens.ts';
import { reportsSpeech } from './reportingVerbs.ts';

// Who said it is not what happened: "..., according to the state's Department of Water Resources", "Dana
// Whitlock, the director of the department, said crews would begin on Monday", "..., officials said". Two
// sentences that name the same source share nothing about their events, and a source named in one sentence only
// must not make it "name nothing in common" with another. These are the tokens that only say who said it.

export interface Attribution {
  /** Token indexes of each attribution in the sentence, one span per source. */
  spans: { first: number; last: number }[];
}

/** The spans of a sentence that only attribute it: "according to ...", "X said", "..., X said". */
export function attributionSpans(sentence: ArticleSentence): Attribution {
  const tokens = sentence.tokens;
  const spans: { first: number; last: number }[] = [];
  const dateline = datelineEnd(sentence);
  if (dateline !== undefined) spans.push({ first: 0, last: dateline });
  tokens.forEach((token, index) => {
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      spans.push({ first: index, last: clauseEnd(sentence, index) });
      return;
    }
    // "The pact was announced last year" tells an event, not a source.
    // Nor does "a partnership known as AUKUS": a verb of saying before "as" names a thing.
    if (!reportsSpeech(token) || tokens[index - 1]?.lemma === 'be' || tokens[index + 1]?.lower === 'as') return;
    const end = clauseEnd(sentence, index);
    const tail = tokens.slice(index + 1, end + 1).every((word) => word.pos === 'PUNCT' || isDateWord(word.lower));
    if (tail) {
      // "..., county officials said (on Sunday)."
      spans.push({ first: clauseStart(sentence, index), last: end });
    } else if (index > 0 && reportsClause(sentence, index)) {
      // "Dana Whitlock, the director of the department, said (that) crews would begin ..."
      const last = tokens[index + 1]?.lower === 'that' ? index + 1 : index;
      const first = speakerStart(sentence, index);
      const aside = relativeAside(sentence, first, index);
      // "Saltrey, which was founded in 1871, says": the aside tells a fact of its own, which the saying leaves alone.
      if (aside) spans.push({ first, last: aside.first - 1 }, { first: aside.last + 1, last });
      else spans.push({ first, last });
    }
  });
  return { spans };
}

/**
 * Whether token `index` only attributes the sentence, for a date or figure at `anchor`. An anchor inside the span,
 * or right after its verb ("accused Russia on Wednesday of ..."), is the date of the saying: the span stays.
 */
export function onlyAttributes(attribution: Attribution, index: number, anchor: number): boolean {
  return attribution.spans.some(
    (span) =>
      index >= span.first &&
      index <= span.last &&
      (anchor < span.first || anchor > span.last + sayingReach) &&
      !(anchor >= span.first && anchor <= span.last),
  );
}

/** A date this close after a verb of saying is the date of the saying. */
const sayingReach = 3;

// "according to the damning report published on Wednesday", "according to figures released on Monday": a date
// after a participle in an "according to" names when the document came out, which is a fact of the story. The span
// is returned, so its words can tell what the date is of.
export function citedDocumentSpan(
  sentence: ArticleSentence,
  attribution: Attribution,
  date: number,
): { first: number; last: number } | undefined {
  const tokens = sentence.tokens;
  const span = attribution.spans.find((one) => date >= one.first && date <= one.last);
  if (!span || tokens[span.first]?.lower !== 'according') return undefined;
  const participle = tokens
    .slice(span.first + 2, date)
    .some((token) => token.pos === 'VERB' && /ed$/.test(token.lower));
  return participle ? span : undefined;
}

/** Whether token `index` belongs to any attribution of the sentence. */
export function attributes(attribution: Attribution, index: number): boolean {
  return attribution.spans.some((span) => index >= span.first && index <= span.last);
}

// "said (that) crews would begin", "reported water seeping": what was said is a clause of its own. Without one
// ("AUKUS announced last year between ...") the verb tells an event.
function reportsClause(sentence: ArticleSentence, verb: number): boolean {
  const tokens = sentence.tokens;
  if (tokens[verb + 1]?.lower === 'that') return true;
  for (let at = verb + 1; at < tokens.length && at - verb <= 8; at += 1) {
    const token = tokens[at];
    if (!token || isBreak(token.text)) return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

// The speaker before a verb of saying: its clause, and a name set off before an apposition ("Dana Whitlock, the
// director of the department, said").
function speakerStart(sentence: ArticleSentence, verb: number): number {
  const tokens = sentence.tokens;
  const start = clauseStart(sentence, verb);
  if (start < verb || tokens[verb - 1]?.text !== ',') return start;
  // "Karen Wilde, the authority's director, said" and "The authority's director, Karen Wilde, said": the two
  // segments before the verb name one speaker.
  const named = clauseStart(sentence, verb - 2);
  return tokens[named - 1]?.text === ',' ? clauseStart(sentence, named - 2) : named;
}

// ", which was founded in 1871 and trades as Saltrey Bank," between a speaker and the verb: the commas included.
function relativeAside(
  sentence: ArticleSentence,
  first: number,
  verb: number,
): { first: number; last: number } | undefined {
  const tokens = sentence.tokens;
  if (tokens[verb - 1]?.text !== ',') return undefined;
  const opening = clauseStart(sentence, verb - 2) - 1;
  const relative = ['which', 'who'].includes(tokens[opening + 1]?.lower ?? '');
  return opening > first && tokens[opening]?.text === ',' && relative ? { first: opening, last: verb - 1 } : undefined;
}

// "CARLOW, March 11 (Valley News) -": where and by whom the story was filed, before the story itself.
function datelineEnd(sentence: ArticleSentence): number | undefined {
  const tokens = sentence.tokens;
  const first = tokens[0];
  if (!first || !/^\p{Lu}[\p{Lu}\s.'-]+$/u.test(first.text)) return undefined;
  for (let at = 1; at < Math.min(tokens.length, 12); at += 1) {
    const text = tokens[at]?.text ?? '';
    if (/^[-–—]$/.test(text)) return at;
  }
  return undefined;
}

function clauseEnd(sentence: ArticleSentence, from: number): number {
  const tokens = sentence.tokens;
  let at = from;
  while (at + 1 < tokens.length && !isBreak(tokens[at + 1]?.text)) at += 1;
  return at;
}

function clauseStart(sentence: ArticleSentence, from: number): number {
  const tokens = sentence.tokens;
  let at = from;
  while (at - 1 >= 0 && !isBreak(tokens[at - 1]?.text)) at -= 1;
  return at;
}

function isBreak(text: string | undefined): boolean {
  return (
    text === ',' ||
    text === ';' ||
    text === '.' ||
    text === ':' ||
    text === '"' ||
    text === '“' ||
    text === '”' ||
    text === 'after' ||
    text === 'before' ||
    text === 'when' ||
    text === 'because' ||
    text === 'while'
  );
}

const dateWords =
  /^(on|in|at|late|early|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|\d+)$/;

function isDateWord(lower: string): boolean {
  return dateWords.test(lower);
}
