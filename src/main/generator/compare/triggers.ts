import type { ArticleSentence, Token } from './lineTokens.ts';

// Why a procedure happened: automatically, by a rule ("a recount is automatic when the margin is under half a
// point", "an automatic review"), or because someone asked ("a second count demanded by Pellow's camp", "the family
// requested an inquest"). One procedure was not both. A procedure done again is one thing however it is written:
// "recount", "re-count" and "second count" are all a count again.

export type Trigger = 'automatic' | 'requested';

export interface TriggerMention {
  sentence: ArticleSentence;
  /** The procedure, "again:" before it when it is a repeat ("again:count" for a recount). */
  procedure: string;
  text: string;
  trigger: Trigger;
}

const automaticWords = new Set(['automatic', 'automatically']);
const askingVerbs = new Set(['demand', 'request', 'seek', 'ask', 'call']);
const repeatWords = new Set(['second', 'fresh', 'repeat']);
const doubtWords = new Set(['may', 'might', 'could', 'if', 'whether', 'not', "n't", 'no', 'none', 'nobody', 'never']);

/** The trigger one sentence gives a procedure; none when it hedges, denies or gives both. */
export function findTriggerMentions(sentence: ArticleSentence): TriggerMention[] {
  const tokens = sentence.tokens;
  if (tokens.at(-1)?.text === '?' || tokens.some((token) => doubtWords.has(token.lower) && token.text !== 'May')) {
    return [];
  }
  const found: TriggerMention[] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== 'NOUN') return;
    const trigger = triggerOf(tokens, index);
    if (!trigger) return;
    const repeated = repeatWords.has(tokens[index - 1]?.lower ?? '');
    const written = tokens[index - (repeated ? 1 : 0)] ?? token;
    found.push({
      sentence,
      procedure: procedureKey(token, repeated),
      text: sentence.lineText.slice(written.start, token.end),
      trigger,
    });
  });
  return new Set(found.map((mention) => mention.trigger)).size === 1 ? found.slice(0, 1) : [];
}

function triggerOf(tokens: readonly Token[], noun: number): Trigger | undefined {
  const before = tokens[noun - 1];
  const after = tokens[noun + 1];
  // "an automatic recount", "a recount is automatic", "the review was triggered automatically"
  if (automaticWords.has(before?.lower ?? '')) return 'automatic';
  if (after?.lemma === 'be' && automaticWords.has(tokens[noun + 2]?.lower ?? '')) return 'automatic';
  if (after?.lemma === 'be' && automaticWords.has(tokens[noun + 3]?.lower ?? '')) return 'automatic';
  // "a second count demanded by Pellow's camp", "a recount was requested by the losing side"
  const verbAt = after?.lemma === 'be' ? noun + 2 : noun + 1;
  const verb = tokens[verbAt];
  if (verb && askingVerbs.has(verb.lemma) && /ed$/.test(verb.lower)) {
    const by = verb.lemma === 'ask' || verb.lemma === 'call' ? verbAt + 2 : verbAt + 1;
    if (tokens[by]?.lower === 'by') return 'requested';
  }
  // "the campaign requested a recount", "Pellow's camp demanded a second count"
  let at = noun - 1;
  while (['DET', 'ADJ'].includes(tokens[at]?.pos ?? '')) at -= 1;
  if (['for'].includes(tokens[at]?.lower ?? '')) at -= 1;
  const asking = tokens[at];
  if (asking?.pos === 'VERB' && askingVerbs.has(asking.lemma)) return 'requested';
  return undefined;
}

function procedureKey(token: Token, repeated: boolean): string {
  const word = token.lower.replace(/-/g, '');
  if (repeated) return `again:${word}`;
  // "recount", "re-count", "revote": the thing done again.
  const base = /^re-/.test(token.lower) ? token.lower.slice(3) : word.startsWith('re') ? word.slice(2) : '';
  return repeatable.has(base) ? `again:${base}` : word;
}

// Procedures written with "re-" for a second go.
const repeatable = new Set(['count', 'vote', 'run', 'trial', 'test', 'election', 'ballot', 'match', 'sit']);
