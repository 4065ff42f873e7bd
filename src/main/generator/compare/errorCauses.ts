import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';

// Whether an error was the machine's or a person's: "a software glitch lowered the grades" against "a grade
// boundary was entered incorrectly by a member of staff"; "a computer fault delayed the trains" against "a
// signaller's mistake". Exam boards, banks, railways, hospitals and tax offices all blame one or the other, and one
// error is not both. A cause put aside ("rather than any problem with its computer systems") or left open ("it is
// unclear whether a software fault ...") is no claim.

export type ErrorCause = 'technical' | 'human';

export interface ErrorCauseMention {
  sentence: ArticleSentence;
  cause: ErrorCause;
}

// The words that name an error, and the words near them that say whose it was.
const errorWords = new Set(['error', 'mistake', 'fault', 'glitch', 'bug', 'failure', 'slip', 'blunder', 'malfunction']);
const technicalWords = new Set([
  'software',
  'computer',
  'computers',
  'system',
  'systems',
  'technical',
  'algorithm',
  'server',
  'servers',
  'program',
  'programme',
  'code',
  'database',
  'automated',
  'glitch',
  'bug',
  'malfunction',
]);
const humanWords = new Set(['human', 'staff', 'employee', 'clerical', 'manual', 'data-entry', 'typing', 'operator']);
// "was entered incorrectly by a member of staff", "was keyed in wrongly": a person's slip told without "error".
const wrongly = new Set(['incorrectly', 'wrongly', 'mistakenly']);
const doubtWords = new Set(['whether', 'if', 'unclear', 'unknown', 'possible', 'possibly', 'may', 'might', 'could']);
const putAside = ['rather than', 'instead of', 'not', "n't", 'ruled out'];

/** The cause one sentence gives an error; none when it gives both, or leaves it open. */
export function findErrorCauses(sentence: ArticleSentence): ErrorCauseMention[] {
  const tokens = sentence.tokens;
  if (tokens.some((token) => doubtWords.has(token.lower) && token.text !== 'May') || tokens.at(-1)?.text === '?') {
    return [];
  }
  const stated = tokens.slice(0, putAsideAt(tokens));
  const causes = new Set<ErrorCause>();
  stated.forEach((token, index) => {
    if (wrongly.has(token.lower) && stated.slice(index + 1, index + 6).some((word) => humanWords.has(word.lower))) {
      causes.add('human');
    }
    if (!errorWords.has(token.lemma)) return;
    const nearTokens = phraseAround(stated, index);
    const near = nearTokens.map((word) => word.lower);
    const human = near.some((word) => humanWords.has(word)) || near.join(' ').includes('member of staff');
    // "an IT failure": the capitals tell the department from the pronoun.
    const technical =
      technicalWords.has(token.lower) ||
      near.some((word) => technicalWords.has(word)) ||
      nearTokens.some((word) => word.text === 'IT');
    if (human && !technical) causes.add('human');
    if (technical && !human) causes.add('technical');
  });
  return causes.size === 1 ? [{ sentence, cause: [...causes][0] as ErrorCause }] : [];
}

// The words of the error's own phrase, up to a conjunction or a comma: in "a software fault and a mistake by staff"
// each error has its own cause.
function phraseAround(tokens: readonly Token[], index: number): Token[] {
  const stops = (token: Token | undefined): boolean =>
    !token || token.pos === 'CCONJ' || (token.pos === 'PUNCT' && token.text !== '-');
  let first = index;
  while (first > index - 3 && !stops(tokens[first - 1])) first -= 1;
  let last = index;
  while (last < index + 5 && !stops(tokens[last + 1])) last += 1;
  return tokens.slice(first, last + 1);
}

// Everything from "rather than", "instead of" or a "not" on is the cause put aside.
function putAsideAt(tokens: readonly Token[]): number {
  for (let at = 0; at < tokens.length; at += 1) {
    const pair = `${tokens[at]?.lower ?? ''} ${tokens[at + 1]?.lower ?? ''}`;
    if (putAside.includes(tokens[at]?.lower ?? '') || putAside.includes(pair)) return at;
  }
  return tokens.length;
}

/** An error blamed on a machine by one article and on a person by another. */
export function findErrorCauseFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findErrorCauses,
    about: () => 'error',
    choice: (mention) => mention.cause,
    describe: () => 'What caused the error: a technical fault or a person’s mistake',
    reasonsFor: (a, b) => ['one error', `blamed on: ${a.cause} / ${b.cause}`],
  });
}
