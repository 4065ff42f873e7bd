import type { Token } from './lineTokens.ts';

// Who or what did the thing a date or a claim is about: the head noun of the subject of the verb before it.
// "The town library, which has been used as a shelter, will reopen on Thursday" -> "library"; "Schools in the
// district will reopen on Wednesday" -> "Schools"; "the floods that struck Riverton on Monday" -> "floods". wink
// gives parts of speech but no parse, so the subject is found by walking back from the verb over auxiliaries,
// a relative pronoun or a clause set off by commas, then taking the first noun chunk of the noun phrase.

const relativePronouns = new Set(['that', 'which', 'who']);
const reflexives = new Set(['itself', 'themselves', 'himself', 'herself']);
const phraseWords = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
const phrasePrepositions = new Set([
  'of',
  'in',
  'at',
  'from',
  'near',
  'on',
  'below',
  'above',
  'along',
  'across',
  'around',
  'outside',
  'inside',
  'beside',
  'behind',
  'under',
  'within',
  'for',
]);
// "Two of the workers", "most of the homes": what is counted is the head.
const partitiveWords = new Set(['some', 'many', 'most', 'all', 'none', 'several', 'dozens', 'hundreds', 'thousands']);

/**
 * The verb nearest before token `before` within its clause, at most `reach` tokens back; failing one, the last
 * auxiliary ("Evacuations have been under way since Sunday": "been").
 */
export function verbBefore(tokens: readonly Token[], before: number, reach = 8): number | undefined {
  let auxiliary: number | undefined;
  for (let at = before - 1; at >= 0 && before - at <= reach; at -= 1) {
    const token = tokens[at];
    if (!token || isClauseBreak(token.text)) break;
    if (token.pos === 'VERB') return at;
    if (token.pos === 'AUX') auxiliary ??= at;
  }
  return auxiliary;
}

/** Token index of the head noun of an active verb's object ("closed the road bridge" -> "bridge"). */
export function objectOf(tokens: readonly Token[], verb: number): number | undefined {
  if (tokens[verb]?.pos !== 'VERB' || tokens[verb - 1]?.lemma === 'be') return undefined;
  for (let at = verb + 1; at < tokens.length && at - verb <= 4; at += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    if (token.pos === 'NOUN') {
      let head = at;
      while (tokens[head + 1]?.pos === 'NOUN') head += 1;
      return head;
    }
    if (!['DET', 'ADJ', 'NUM'].includes(token.pos)) return undefined;
  }
  return undefined;
}

/**
 * Token index of the head noun of the verb's subject, if the sentence shows one. Through a relative pronoun the
 * subject is the noun right before it ("the Aukus programme, which was announced"), which `throughRelative` false
 * leaves alone: "the pact between Australia and the United States that was announced" may mean either.
 */
export function subjectOf(tokens: readonly Token[], verb: number, throughRelative = true): number | undefined {
  let at = verb - 1;
  // "The tank itself did not rupture": auxiliaries, adverbs, "not" and a reflexive stand between.
  while (
    at >= 0 &&
    ((['AUX', 'ADV', 'PART'].includes(tokens[at]?.pos ?? '') && !/^['’]s$/.test(tokens[at]?.text ?? '')) ||
      reflexives.has(tokens[at]?.lower ?? ''))
  )
    at -= 1;
  if (relativePronouns.has(tokens[at]?.lower ?? '')) {
    if (!throughRelative) return undefined;
    at -= 1;
    if (tokens[at]?.text === ',') at -= 1;
    const nearest = tokens[at];
    return nearest && (nearest.pos === 'NOUN' || nearest.pos === 'PROPN') ? at : undefined;
  } else if (tokens[at]?.text === ',') {
    // "The town library, which has been used as a shelter, will reopen": skip the aside.
    // A participle's aside only where a relative may be read through: a date's doer vetoes, so it is not guessed.
    const opening = asideOpening(tokens, at, throughRelative);
    if (opening === undefined) return appositiveSubject(tokens, at);
    at = opening - 1;
  }
  return headOfPhraseEndingAt(tokens, at);
}

// The comma that opens ", which has been used as a shelter," when `closing` is the comma that ends it; or one that
// opens a participle's aside: "its next departure, scheduled for Thursday, has been pushed back".
function asideOpening(tokens: readonly Token[], closing: number, participles: boolean): number | undefined {
  for (let at = closing - 1; at >= 0 && closing - at <= 14; at -= 1) {
    if (tokens[at]?.text !== ',') continue;
    const first = tokens[at + 1];
    const participle = participles && first?.pos === 'VERB' && /(?:ed|en|wn)$/.test(first.lower);
    return relativePronouns.has(first?.lower ?? '') || participle ? at : undefined;
  }
  return undefined;
}

// "The chief of staff, Leon Marsh, has been suspended" / "Leon Marsh, the chief of staff, quit": a noun phrase set
// off by commas after another names the same one. The name is the subject where one of the two is a name; otherwise
// the first phrase ("The dam, the largest in the valley, held").
function appositiveSubject(tokens: readonly Token[], closing: number): number | undefined {
  let opening = closing - 1;
  while (opening >= 0 && closing - opening <= 8 && tokens[opening]?.text !== ',') {
    const token = tokens[opening];
    if (!token || !(phraseWords.has(token.pos) || token.lower === 'of')) return undefined;
    opening -= 1;
  }
  if (tokens[opening]?.text !== ',' || opening === closing - 1) return undefined;
  const aside = headOfPhraseEndingAt(tokens, closing - 1);
  const before = headOfPhraseEndingAt(tokens, opening - 1);
  // "Leon Marsh, Anna Holm and ..." is a list, not an aside.
  if (tokens[closing + 1]?.pos === 'CCONJ' || tokens[opening - 1]?.pos === 'CCONJ') return undefined;
  const named = (at: number | undefined): boolean => at !== undefined && tokens[at]?.pos === 'PROPN';
  // wink reads "chief" in "The chief of staff" as an adjective, so a title may show no head: the name still does.
  if (named(aside) && !named(before) && aside !== undefined && aside > opening) return aside;
  return before !== undefined && (aside !== undefined || named(before)) ? before : undefined;
}

// "Schools in the district" ending at "district": the head is the last noun before the first preposition.
// "people living along the river": a participle after a noun starts a modifier too.
function headOfPhraseEndingAt(tokens: readonly Token[], end: number): number | undefined {
  let start = end;
  while (start >= 0 && end - start < 14) {
    const token = tokens[start];
    if (!token) break;
    const previous = tokens[start - 1];
    const before = previous?.pos ?? '';
    const inside =
      phraseWords.has(token.pos) ||
      (token.pos === 'ADP' &&
        phrasePrepositions.has(token.lower) &&
        (phraseWords.has(before) || (previous !== undefined && isParticiple(previous)))) ||
      (isParticiple(token) && before === 'NOUN');
    if (!inside) break;
    start -= 1;
  }
  start += 1;
  if (
    (tokens[start]?.pos === 'NUM' || partitiveWords.has(tokens[start]?.lower ?? '')) &&
    tokens[start + 1]?.lower === 'of'
  ) {
    start += 2;
  }
  let head: number | undefined;
  for (let at = start; at <= end; at += 1) {
    const token = tokens[at];
    if (!token) break;
    if (token.pos === 'ADP' || (isParticiple(token) && at > start)) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = at;
  }
  return head;
}

function isParticiple(token: Token): boolean {
  return token.pos === 'VERB' && /(ing|ed)$/.test(token.lower);
}

/** A comma, semicolon, colon, bracket or dash: where a clause ends. */
export function isClauseBreak(text: string | undefined): boolean {
  return text === ',' || text === ';' || text === ':' || text === '(' || text === ')' || text === '—' || text === '–';
}
