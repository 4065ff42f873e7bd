import type { ArticleSentence } from './lineTokens.ts';
import type { AttributeMention } from './attributeFacts.ts';

// Which phase a clinical trial is in: "a Phase 3 study", "phase II trial", "late-stage trial", "the last phase of
// studies before ...". Phases are a closed list, so two articles that give one trial two phases disagree; a label
// that allows more than one ("early-stage": phase 1 or 2, "phase 2/3") disagrees only with a phase outside it. The
// label must stand with a word for the trial ("trial", "study", "testing", "data", "results"), since a project's
// "phase 2" and "late-stage cancer" are no trials.

const numerals: Readonly<Record<string, string>> = {
  '1': '1',
  i: '1',
  one: '1',
  '2': '2',
  ii: '2',
  two: '2',
  '3': '3',
  iii: '3',
  three: '3',
  '4': '4',
  iv: '4',
  four: '4',
};

const trialWords = '(?:clinical |pivotal |randomi[sz]ed |human )?(?:trials?|stud(?:y|ies)|testing|tests|data|results)';
// Up to two words between the label and the trial word: "the Phase 3 VELA-3 study".
const between = "(?:[\\w'’-]+ ){0,2}";

const patterns: readonly { pattern: RegExp; phases: (match: RegExpMatchArray) => string[] | undefined }[] = [
  {
    pattern: new RegExp(
      `\\bphases? (1|2|3|4|i{1,3}|iv|one|two|three|four)[ab]?(?:\\s*(?:/|and|-)\\s*(1|2|3|4|i{1,3}|iv))?[ab]? ${between}${trialWords}\\b`,
      'gi',
    ),
    phases: (match) => {
      const first = numerals[(match[1] ?? '').toLowerCase()];
      const second = match[2] ? numerals[match[2].toLowerCase()] : undefined;
      return first ? [first, ...(second ? [second] : [])] : undefined;
    },
  },
  { pattern: new RegExp(`\\b(?:late|final|last)[- ]stage ${between}${trialWords}\\b`, 'gi'), phases: () => ['3'] },
  { pattern: new RegExp(`\\bmid[- ]stage ${between}${trialWords}\\b`, 'gi'), phases: () => ['2'] },
  { pattern: new RegExp(`\\bearly[- ]stage ${between}${trialWords}\\b`, 'gi'), phases: () => ['1', '2'] },
  {
    pattern: /\b(?:the )?(?:last|final) (?:phase|stage) of (?:the )?(?:clinical )?(?:trials|studies|testing)\b/gi,
    phases: () => ['3'],
  },
];

/** The phase of a trial a sentence gives, if any. */
export function findTrialPhases(sentence: ArticleSentence): AttributeMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const found: AttributeMention[] = [];
  for (const { pattern, phases } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const values = phases(match);
      if (!values) continue;
      found.push({ sentence, attribute: 'trial phase', thing: 'trial', values, words: match[0] });
    }
  }
  return found;
}
