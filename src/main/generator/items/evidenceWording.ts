import type { SupportVerdict } from './evidenceFindings.ts';
import { quoteText } from './phrasing.ts';

// The four ways a claim can stand in an article, worded once so the single-choice options, the choose-all prompt
// and the explanations agree. The order is fixed (named source first) because it is a scale, not a puzzle.

export const verdictOrder: readonly SupportVerdict[] = ['supported', 'vague_attribution', 'flagged', 'speculation'];

export const verdictOptions: Record<SupportVerdict, string> = {
  supported: 'It names its source, so a reader could check where it comes from.',
  vague_attribution: 'It leans on people or sources the article does not name.',
  flagged: 'The article itself says it has not been proven.',
  speculation: 'It is only a guess or a prediction.',
};

export interface FlagSentence {
  line: number;
  sentence: string;
}

/** Why the claim stands as it does, in full sentences a 14-year-old can follow. */
export function verdictReason(verdict: SupportVerdict, cue: string, flag?: FlagSentence): string {
  switch (verdict) {
    case 'supported':
      return (
        `It names its source: ${quoteText(cue, 80)}. Naming a source does not make a claim true, ` +
        'but it tells you whom to check and whether they are in a position to know.'
      );
    case 'vague_attribution':
      return (
        `The claim rests on ${quoteText(cue, 60)}: the article never names who thinks or says so. ` +
        'Nobody can check a source without a name, so the claim is only as good as your trust in the writer.'
      );
    case 'flagged':
      return flag
        ? `The article says so itself, in line ${flag.line}: ${quoteText(flag.sentence, 160)} The claim is reported, ` +
            'not proven: naming who made a claim is not the same as showing it is true.'
        : `The sentence says so itself (${quoteText(cue, 80)}). The claim is reported, not proven: naming who made ` +
            'a claim is not the same as showing it is true.';
    case 'speculation':
      return (
        `The ${/\s/u.test(cue.trim()) ? 'words' : 'word'} ${quoteText(cue, 60)} ${/\s/u.test(cue.trim()) ? 'show' : 'shows'} ` +
        'a guess or a prediction, not something anyone showed or checked. A guess can be sensible, but it is not evidence.'
      );
  }
}

/** The same reason as a clause, for lists: "leans on a source it does not name (“some analysts”)". */
export function verdictClause(verdict: SupportVerdict, cue: string, flag?: FlagSentence): string {
  switch (verdict) {
    case 'supported':
      return `names its source (${quoteText(cue, 60)})`;
    case 'vague_attribution':
      return `leans on a source it does not name (${quoteText(cue, 60)})`;
    case 'flagged':
      return flag
        ? `is a claim the article itself calls unproven (line ${flag.line}: ${quoteText(cue, 60)})`
        : `is a claim the article itself calls unproven (${quoteText(cue, 60)})`;
    case 'speculation':
      return `is a guess (${quoteText(cue, 40)})`;
  }
}

/** A sentence shown inside a prompt: in quotes, unless it already opens with a quotation mark. */
export function sentenceInPrompt(sentence: string): string {
  return /^["“‘'«]/u.test(sentence) ? sentence : `“${sentence}”`;
}
