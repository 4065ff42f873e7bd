import type { Token } from './lineTokens.ts';

// "She would have been dismissed had she still been serving", "would have been sacked if he had not resigned": a
// past that did not happen, so the article says the thing was not done. The condition must be written, inverted
// ("had she") or with "if ... had", or the one it is said of must be out of the post already ("a former
// supervisor would have been dismissed"). Without either, "would have been closed by then" may be a plan told in
// reported speech, and is left unread as any other modal is.

const subjectStarts = new Set(['PRON', 'DET', 'PROPN', 'NOUN']);
const pastHolders = /^(?:former|ex|retired)$/;

/** Whether the verb at `verb`, after "would have been", tells of a thing that would have happened but did not. */
export function counterfactualAt(tokens: readonly Token[], verb: number, subjectPhrase: string): boolean {
  const [would, have, been] = [tokens[verb - 3], tokens[verb - 2], tokens[verb - 1]];
  if (would?.lower !== 'would' || have?.lower !== 'have' || been?.lower !== 'been') return false;
  if (
    subjectPhrase
      .toLowerCase()
      .split(/[\s-]+/)
      .some((word) => pastHolders.test(word))
  )
    return true;
  let sawIf = false;
  for (let at = verb + 1; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (!token) break;
    if (token.lower === 'if' || token.lower === 'unless') sawIf = true;
    if (token.lower !== 'had') continue;
    if (sawIf || subjectStarts.has(tokens[at + 1]?.pos ?? '')) return true;
  }
  return false;
}
