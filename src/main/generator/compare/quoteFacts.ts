import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleText } from '../articleText.ts';
import type { FactFinding } from './finding.ts';
import { findQuotations } from './quoteMentions.ts';
import { candidatePairs, groupPairs, type MentionPair } from './factGroups.ts';
import type { ValueMatch } from './factValues.ts';
import { findingsFor } from './factFindings.ts';
import { pairReasons, pairScore, type PairRule } from './pairRules.ts';
import { isStopword, senseFamily } from './wordFamily.ts';
import { speakerDisagreement, type SpokenQuote } from './quoteSpeakers.ts';
import type { ArticleSentence } from './lineTokens.ts';
import { findTitledNames } from './nameMentions.ts';
import { officeTable } from './officeTitles.ts';
import { slipOf } from './samePerson.ts';

// Quote drift: the same statement quoted by two articles in different words. Quotations are filed under their
// rarest words; two from different articles that share most of their words are the same statement. Equal once
// case, punctuation and spelling are set aside, or one a word-for-word fragment of the other: an agreement.

interface QuoteMention extends SpokenQuote {
  order: number;
  /** The person a pronoun speaker ("she said") stands for: the last one the lines before named. */
  namedSpeaker?: string;
  /** Word families of the content words, synonyms folded. */
  senses: Set<string>;
  /** Neighbouring word pairs, for wording kept in the same order. */
  pairs: Set<string>;
  identity: string;
  /** The only quotation of its named speaker in its article. */
  sole?: boolean;
  /** Words on a placard, a banner or a sign, not words anyone is quoted as saying. */
  written: boolean;
}

// "holding placards reading", "a banner that said", "signs bearing": what follows is written, not said.
const writtenOn =
  /\b(?:placards?|banners?|signs?|posters?|t-shirts?|slogans?)\b[^"“‘']{0,20}\b(?:reading|read|reads|saying|said|bearing|proclaiming)\s*[:,]?\s*["“‘']?$/i;

const titleWords = new Set(officeTable.flatMap((office) => office.words));

/** A quotation needs this many words to be compared; "legitimate" or "one nation" alone says too little. */
const minimumWords = 3;
const minimumContentWords = 2;
const sameStatementThreshold = 1.2;

const quoteRules: readonly PairRule<QuoteMention>[] = [
  function mostWordsShared(a, b) {
    const shared = [...a.senses].filter((sense) => b.senses.has(sense));
    const ratio = shared.length / Math.min(a.senses.size, b.senses.size);
    // One named person's statement retold in fewer words may keep only two of them, in the same order ("This is
    // an attack on the most vulnerable people" / "This was an attack on the most vulnerable among us").
    const retold = shared.length >= 2 && sharedPairs(a, b) >= 2 && sameNamedSpeaker(a, b);
    // Each article quotes the person once, and the two quotations share words: in a set about one event, that is
    // one statement reported twice ("We will not be bullied into closing our libraries" / "We won't be pushed
    // into shutting libraries").
    // Two words at least: one ("savings") is shared as easily by two different remarks on the same subject ("The
    // savings are a fiction" / "These savings exist only on paper").
    const quotedOnceEach =
      a.sole === true && b.sole === true && shared.length >= 2 && ratio >= 0.3 && sameNamedSpeaker(a, b);
    if (shared.length < 3 && ratio < 1 && !retold && !quotedOnceEach) {
      return { score: -Infinity, because: () => 'fewer than three words in common' };
    }
    if (ratio < 0.5 && !quotedOnceEach)
      return { score: -Infinity, because: () => `only ${Math.round(ratio * 100)}% of the words in common` };
    const score = quotedOnceEach ? Math.max(1, 2 * ratio) : 2 * ratio;
    return { score, because: () => `${shared.length} words in common (${shared.join(', ')})` };
  },
  // "placards reading 'Green belt, not grey belt'" is no wording of what the campaign's chair said.
  function bothSpokenOrBothWritten(a, b) {
    if (a.written === b.written) return undefined;
    return { score: -Infinity, because: () => 'a slogan on a placard against words someone said' };
  },
  function wordingInSameOrder(a, b) {
    const shared = sharedPairs(a, b);
    if (shared === 0) return undefined;
    return { score: Math.min(1, shared / 10), because: () => `${shared} neighbouring word pairs in common` };
  },
  function sameSpeaker(a, b) {
    const [speakerA, speakerB] = [a.speaker ?? a.namedSpeaker, b.speaker ?? b.namedSpeaker];
    if (!speakerA || !speakerB) return undefined;
    const sensesA = new Set(contentSenses(speakerA.toLowerCase().split(/\s+/)));
    const common = contentSenses(speakerB.toLowerCase().split(/\s+/)).filter((sense) => sensesA.has(sense));
    if (common.length === 0) return undefined;
    return { score: 0.5, because: () => `same speaker (${speakerA} / ${speakerB})` };
  },
];

function sharedPairs(a: QuoteMention, b: QuoteMention): number {
  let shared = 0;
  for (const pair of a.pairs) if (b.pairs.has(pair)) shared += 1;
  return shared;
}

// Both speakers named, and by a word of a name in common ("Petra Lindqvist" / "Health Minister Petra
// Lindqvist"); "the hospital" and "a hospital spokeswoman" name nobody.
// A surname one article misspells still names the speaker: "Ingrid Valström" / "Ingrid Wahlstrom".
function sameNamedSpeaker(a: QuoteMention, b: QuoteMention): boolean {
  const namesA = nameWordsOf(a.speaker ?? a.namedSpeaker);
  return nameWordsOf(b.speaker ?? b.namedSpeaker).some((word) =>
    namesA.some((name) => name === word || (Math.min(name.length, word.length) >= 5 && slipOf(name, word))),
  );
}

function nameWordsOf(speaker: string | undefined): string[] {
  return (speaker?.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => !titleWords.has(word) && !isStopword(word));
}

/** Quotations of the same statement across articles: drifted wording (disagreements) and identical (agreements). */
export function findQuoteFacts(
  articles: readonly ArticleText[],
  isArticleLine: (file: string, line: number) => boolean,
  sentences: readonly ArticleSentence[],
): FactFinding[] {
  const people = peopleByLine(sentences);
  const quotes: QuoteMention[] = [];
  articles.forEach((article, articleIndex) => {
    const ownQuotes: QuoteMention[] = [];
    let previousLine: number | undefined;
    for (const line of article.lines) {
      if (!isArticleLine(line.file, line.line)) continue;
      findQuotations(line.file, line.line, line.text).forEach((quotation, index) => {
        if (quotation.words.length < minimumWords) return;
        const senses = new Set(contentSenses(quotation.words));
        if (senses.size < minimumContentWords) return;
        const namedSpeaker = quotation.pronoun
          ? personBefore(people, quotation, previousLine, quotation.pronoun)
          : undefined;
        ownQuotes.push({
          ...quotation,
          lineText: line.text,
          order: articleIndex * 1e7 + line.line * 100 + index,
          senses,
          pairs: wordPairs(quotation.words),
          identity: quotation.words.join(' '),
          written: writtenOn.test(line.text.slice(Math.max(0, quotation.start - 40), quotation.start)),
          ...(namedSpeaker ? { namedSpeaker } : {}),
        });
      });
      previousLine = line.line;
    }
    quotes.push(...markSoleQuotes(withoutFragments(ownQuotes)));
  });

  // Many articles repeat one quotation word for word: wordings are indexed and scored once each, then their pairs
  // are spread back over the articles that use them.
  const scores = new Map<string, number>();
  const relate = (a: QuoteMention, b: QuoteMention): number => {
    const id = a.identity < b.identity ? `${a.identity}\n${b.identity}` : `${b.identity}\n${a.identity}`;
    let points = scores.get(id);
    if (points === undefined) {
      points = pairScore(quoteRules, a, b);
      scores.set(id, points);
    }
    return points >= sameStatementThreshold ? points : 0;
  };
  const byWording = new Map<string, QuoteMention[]>();
  for (const quote of quotes) {
    const uses = byWording.get(quote.identity);
    if (uses) uses.push(quote);
    else byWording.set(quote.identity, [quote]);
  }
  // Each wording stands alone in the index (its own "file"), so wordings from one article are compared too.
  const wordings = [...byWording.values()].map((uses) => ({
    ...(uses[0] as QuoteMention),
    file: `wording ${uses[0]?.order}`,
  }));
  const wordingPairs = candidatePairs(wordings, { keys: (quote) => [...quote.senses], relate });
  const pairs: MentionPair<QuoteMention>[] = [];
  for (const uses of byWording.values())
    spreadPairs(uses, uses, relate(uses[0] as QuoteMention, uses[0] as QuoteMention), pairs);
  for (const { a, b, score: strength } of wordingPairs) {
    spreadPairs(byWording.get(a.identity) ?? [], byWording.get(b.identity) ?? [], strength, pairs);
  }
  const groups = groupPairs(pairs, { relate });

  return groups.flatMap((group) => {
    const speakers = speakerDisagreement(group, openingOf(group));
    return [
      ...findingsFor(group, {
        kind: 'quote',
        fact: describeQuote(group),
        compare: sameWording,
        refOf,
        reasonsFor: (a, b) => (sameWording(a, b) === 'same' ? ['identical wording'] : pairReasons(quoteRules, a, b)),
        representative: longest,
      }),
      ...(speakers ? [speakers] : []),
    ];
  });
}

/** Marks each quotation that is its named speaker's only one in the article (names compared by surname). */
function markSoleQuotes(quotes: QuoteMention[]): QuoteMention[] {
  const surname = (quote: QuoteMention): string | undefined => nameWordsOf(quote.speaker ?? quote.namedSpeaker).at(-1);
  const counts = new Map<string, number>();
  for (const quote of quotes) {
    const name = surname(quote);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const quote of quotes) {
    const name = surname(quote);
    if (name && counts.get(name) === 1) quote.sole = true;
  }
  return quotes;
}

// A heading that quotes a few words of a statement its article gives in full ("Minister: 'An attack on the most
// vulnerable'") is the same statement: the article is compared by its full quotation.
function withoutFragments(quotes: readonly QuoteMention[]): QuoteMention[] {
  return quotes.filter(
    (quote) =>
      !quotes.some(
        (other) => other.words.length > quote.words.length && ` ${other.identity} `.includes(` ${quote.identity} `),
      ),
  );
}

interface NamedPerson {
  start: number;
  end: number;
  name: string;
  gender?: 'man' | 'woman';
}

/** The people named with a title on each line, by file and line, in the order written. */
function peopleByLine(sentences: readonly ArticleSentence[]): Map<string, NamedPerson[]> {
  const byLine = new Map<string, NamedPerson[]>();
  for (const sentence of sentences) {
    for (const { start, end, name, gender } of findTitledNames(sentence)) {
      const key = `${sentence.file}\u0000${sentence.line}`;
      const list = byLine.get(key) ?? [];
      list.push({ start, end, name, ...(gender ? { gender } : {}) });
      byLine.set(key, list);
    }
  }
  return byLine;
}

// '"...," she said': the last person named before the quotation on its line, or else on the line before it, when
// nothing says that person is of the other sex.
function personBefore(
  people: ReadonlyMap<string, readonly NamedPerson[]>,
  quote: { file: string; line: number; start: number },
  previousLine: number | undefined,
  pronoun: 'he' | 'she',
): string | undefined {
  const sameLine = (people.get(`${quote.file}\u0000${quote.line}`) ?? []).filter((p) => p.end <= quote.start);
  const candidates = sameLine.length > 0 ? sameLine : (people.get(`${quote.file}\u0000${previousLine}`) ?? []);
  const person = candidates[candidates.length - 1];
  if (!person || person.gender === (pronoun === 'he' ? 'woman' : 'man')) return undefined;
  return person.name;
}

// Every use of one wording paired with the first use of the other, and the reverse: enough to form the groups.
function spreadPairs(
  left: readonly QuoteMention[],
  right: readonly QuoteMention[],
  score: number,
  pairs: MentionPair<QuoteMention>[],
): void {
  const [firstLeft, firstRight] = [left[0], right[0]];
  if (!firstLeft || !firstRight) return;
  for (const quote of right) if (quote.file !== firstLeft.file) pairs.push({ a: firstLeft, b: quote, score });
  for (const quote of left)
    if (quote !== firstLeft && quote.file !== firstRight.file) pairs.push({ a: quote, b: firstRight, score });
}

/**
 * Same wording: equal once normalised, or one quotes a word-for-word part of the other, where the parts it
 * leaves out are marked ("...", "[Russia and China]") or lie outside the shorter quotation.
 */
function sameWording(a: QuoteMention, b: QuoteMention): ValueMatch {
  if (a.identity === b.identity) return 'same';
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length >= minimumWords && passagesWithin(short.passages, long.identity)) return 'same';
  if (long.passages.length > 1 && passagesWithin(long.passages, short.identity)) return 'same';
  // "This deal brings..." / "The deal brings...", "we'll" / "we will": too slight to call either way.
  const [plainShort, plainLong] = [plainWording(short.words), plainWording(long.words)];
  if (plainShort.length >= minimumWords && ` ${plainLong} `.includes(` ${plainShort} `)) return 'compatible';
  return 'different';
}

const slightWords = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const contractions: Record<string, string> = {
  "n't": ' not',
  "'ll": ' will',
  "'re": ' are',
  "'ve": ' have',
  "'m": ' am',
  "'d": ' would',
};

function plainWording(words: readonly string[]): string {
  return words
    .map((word) =>
      word
        .replace(/(n't|'ll|'re|'ve|'m|'d)$/, (ending) => contractions[ending] ?? ending)
        .replace(/^wo not$/, 'will not')
        .replace(/^ca not$/, 'can not'),
    )
    .join(' ')
    .split(' ')
    .filter((word) => !slightWords.has(word))
    .join(' ');
}

function passagesWithin(passages: readonly string[][], identity: string): boolean {
  const haystack = ` ${identity} `;
  let from = 0;
  for (const passage of passages) {
    const at = haystack.indexOf(` ${passage.join(' ')} `, from);
    if (at < 0) return false;
    from = at + passage.join(' ').length + 1;
  }
  return true;
}

function longest(members: readonly QuoteMention[]): QuoteMention {
  return members.reduce((best, quote) => (quote.words.length > best.words.length ? quote : best));
}

function refOf(quote: QuoteMention): LineRef {
  return { file: quote.file, line: quote.line, text: quote.text };
}

function contentSenses(words: readonly string[]): string[] {
  // "won't" and "will not" are the same words: one outlet's contraction is no difference of wording.
  return plainWording(words)
    .split(' ')
    .filter((word) => word !== '' && !isStopword(word) && !/^\d+$/.test(word))
    .map((word) => senseFamily(word));
}

function wordPairs(words: readonly string[]): Set<string> {
  const senses = words.map((word) => senseFamily(word));
  const pairs = new Set<string>();
  for (let at = 1; at < senses.length; at += 1) pairs.add(`${senses[at - 1]} ${senses[at]}`);
  return pairs;
}

/** 'How the statement is quoted: "There are no forbidden fields…"' */
function describeQuote(group: readonly QuoteMention[]): string {
  const said = group.find((quote) => quote.speaker)?.speaker ?? group.find((quote) => quote.namedSpeaker)?.namedSpeaker;
  const speaker = said && speakerAsNamed(said);
  const opening = openingOf(group);
  const who = speaker
    ? /^[a-z]/.test(speaker) && !/^the\b/.test(speaker)
      ? `the ${speaker}`
      : speaker
    : 'the speaker';
  return `How ${who} is quoted: "${opening}…"`;
}

// The speaker as the middle of a sentence names them: "In his statement afterwards the mayor" is "the mayor", and
// "Lead prosecutor Lise Brandtmeyer" is "lead prosecutor Lise Brandtmeyer".
function speakerAsNamed(speaker: string): string {
  const afterPhrase = /^(?:in|on|at|after|during|from)\b.*?\b(the|a|an)\s+(.+)$/i.exec(speaker);
  const named = afterPhrase ? `${afterPhrase[1]?.toLowerCase()} ${afterPhrase[2]}` : speaker;
  // "Defence lawyer Ruud Falkensen": a capital that only opened the writer's sentence, before a word in lower case.
  return /^[A-Z][a-z]+ [a-z]/.test(named) ? `${named.charAt(0).toLowerCase()}${named.slice(1)}` : named;
}

// The shortest full sentence is the most distinctive: two facts may share one long quotation.
function openingOf(group: readonly QuoteMention[]): string {
  const sentences = group.filter((quote) => quote.words.length >= 6).sort((a, b) => a.words.length - b.words.length);
  const lead = sentences[0] ?? longest(group);
  return lead.text
    .split(/\s+/)
    .slice(0, 6)
    .join(' ')
    .replace(/[,;:]$/, '');
}
