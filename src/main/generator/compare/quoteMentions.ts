import type { ArticleSentence } from './lineTokens.ts';
import { americanSpelling } from './wordFamily.ts';

// Quotations in a line: straight and curly double quotes, single quotes used as quotation marks (British style,
// headlines, scare quotes) and quotes nested inside quotes. Apostrophes ("Russia’s", "Games’ opening") are not
// quotation marks: a single mark closes only a quotation it opened.

export interface Quotation {
  file: string;
  line: number;
  /** The quoted words, an exact substring of the line, without the quotation marks and closing punctuation. */
  text: string;
  start: number;
  end: number;
  /** The quoted words normalised: lower case, American spelling, editorial "[...]" insertions left out. */
  words: string[];
  /** The runs of words between gaps the writer marked ("…", "[...]"), each normalised like `words`. */
  passages: string[][];
  /** Who is quoted, as the line says it ("the statement", "Putin and Xi"), if it says. */
  speaker?: string;
  /** "..., she said": a speaker told only by a pronoun, whom the lines before name. */
  pronoun?: 'he' | 'she';
}

const doubleMarks = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const singleOpeners = new Set(["'", '‘']);
const singleClosers = new Set(["'", '’']);
const anyQuoteMark = /["“”„«»‟'‘’]/;
// The same marks, to step from one to the next: the rest of a line's characters open and close nothing.
const quoteMarks = /["“”„«»‟'‘’]/g;

/** Every quotation in one line, outermost only (a quote nested in a quote is part of the outer one). */
export function findQuotations(file: string, line: number, text: string): Quotation[] {
  const dashed = dashQuotation(file, line, text);
  if (dashed) return [dashed];
  if (!anyQuoteMark.test(text)) return [];
  const spans: { start: number; end: number }[] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (const found of text.matchAll(quoteMarks)) {
    const at = found.index;
    const mark = found[0];
    if (doubleMarks.has(mark)) {
      if (openDouble < 0) {
        if (canOpen(text, at)) {
          openDouble = at;
          openSingle = -1;
        }
      } else if (canClose(text, at)) {
        spans.push({ start: openDouble + 1, end: at });
        openDouble = -1;
        openSingle = -1;
      } else if (canOpen(text, at)) {
        openDouble = at;
      }
      continue;
    }
    if (openSingle < 0 && singleOpeners.has(mark) && canOpen(text, at)) {
      openSingle = at;
      continue;
    }
    if (
      openSingle >= 0 &&
      singleClosers.has(mark) &&
      canClose(text, at) &&
      !/[\p{L}\p{N}]/u.test(text.charAt(at + 1))
    ) {
      if (openDouble < 0) spans.push({ start: openSingle + 1, end: at });
      openSingle = -1;
    }
  }
  // A paragraph that opens a quotation and runs on to the next paragraph without closing it.
  if (
    openDouble >= 0 &&
    text
      .slice(openDouble + 1)
      .trim()
      .split(/\s+/).length >= 4
  ) {
    spans.push({ start: openDouble + 1, end: text.length });
  }
  const quotes = spans
    .map((span) => located(file, line, text, span.start, span.end))
    .filter((quote): quote is Quotation => quote !== undefined)
    .sort((a, b) => a.start - b.start);
  // 'the leaders said "..." and that the "...": the second quotation has the same speaker.
  quotes.forEach((quote, index) => {
    const previous = quotes[index - 1];
    if (!quote.speaker && previous?.speaker) quote.speaker = previous.speaker;
  });
  return quotes;
}

function canOpen(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  return (at === 0 || /[\s([{\-—–/:“"‘']/.test(before)) && after !== '' && !/\s/.test(after);
}

function canClose(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return at > 0 && !/\s/.test(before);
}

function located(file: string, line: number, text: string, rawStart: number, rawEnd: number): Quotation | undefined {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,.;:]/.test(text.charAt(end - 1))) end -= 1;
  if (end <= start) return undefined;
  const quoted = text.slice(start, end);
  const words = quotedWords(quoted);
  if (words.length === 0) return undefined;
  const passages = quoted
    .split(/\[[^\]]*\]|\.\.\.|…/)
    .map((part) => quotedWords(part))
    .filter((part) => part.length > 0);
  const speaker = speakerOf(text, rawStart - 1, rawEnd + 1);
  const pronoun = speaker ? undefined : pronounOf(text, rawStart - 1, rawEnd + 1);
  return {
    file,
    line,
    text: quoted,
    start,
    end,
    words,
    passages,
    ...(speaker ? { speaker } : {}),
    ...(pronoun ? { pronoun } : {}),
  };
}

/** Normalised words of a quotation, for telling identical wording from drifted wording. */
export function quotedWords(quoted: string): string[] {
  const plain = quoted
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
  return (plain.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).map((word) => americanSpelling(word));
}

const sayVerbs =
  'said|says|adds|added|read|continued|continues|wrote|writes|told|stated|declared|noted|insisted|warned|' +
  'called|calls|described|describes|explained|explains|argued|argues|admitted|admits|claimed|claims|stressed|' +
  'stresses|replied|replies|announced|announces|conceded|concedes|vowed|vows|promised|promises|acknowledged|' +
  'acknowledges|cautioned|cautions|remarked|commented|urged|urges|reminded|reminds|recalled|recalls|emphasised|' +
  'emphasized|emphasises|emphasizes|suggested|suggests|concluded|concludes|predicted|predicts';

// "Prof. Jonas Ekdahl said": the full stop of a title is no sentence end. Masked with a look-alike character of
// the same length, so offsets stay, and put back in the speaker found.
const titleAbbreviation =
  /\b(Prof|Dr|Mr|Mrs|Ms|Mx|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Supt|Insp|Det|Cllr|Rev|Hon|St|Jr|Sr)\./g;
const maskedStop = '\u2024';

// "Jonas Ekdahl, the lead investigator, called ...": the name before an apposition is the speaker.
// Names may carry accents ("Ingrid Valström"). "KQB's chair, Ingrid Wahlstrom, said": the name after the job.
const namedBeforeApposition = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s+(?:the\\s+|a\\s+|an\\s+)?\\p{Ll}[^,.;:"“”]{1,50},\\s+(?:${sayVerbs})\\b[^"“”]*$`,
  'u',
);
const namedAfterJob = new RegExp(
  `[,;:]\\s+((?:\\p{Lu}[\\p{L}'’\u2024-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+),\\s+(?:${sayVerbs})\\b[^"“”]*$`,
  'u',
);
const notASpeaker = /^(he|she|they|it|we|i|you|who|which|that|and|but|also|then|this)\b/i;

// '"...," she said.' / 'he added: "..."'
const pronounAfter = new RegExp(`^[\\s,.”"’']*(?:(he|she)\\s+(?:${sayVerbs})|(?:${sayVerbs})\\s+(he|she))\\b`, 'i');
const pronounBefore = new RegExp(`\\b(he|she)\\s+(?:${sayVerbs})\\b[^"“”.]*$`, 'i');

function pronounOf(text: string, open: number, close: number): 'he' | 'she' | undefined {
  const after = pronounAfter.exec(text.slice(close, close + 30));
  const before = pronounBefore.exec(text.slice(Math.max(0, open - 40), Math.max(0, open)));
  const pronoun = (after?.[1] ?? after?.[2] ?? before?.[1])?.toLowerCase();
  return pronoun === 'he' || pronoun === 'she' ? pronoun : undefined;
}

// "..." the statement adds. / Putin and Xi said in the statement. / the leaders said "..."
function speakerOf(lineText: string, open: number, close: number): string | undefined {
  const speaker = maskedSpeakerOf(lineText.replace(titleAbbreviation, `$1${maskedStop}`), open, close);
  return speaker?.replaceAll(maskedStop, '.');
}

// '"...," the minister said' / '"...," said the minister.' / 'the minister said "..."'
const speakerFollowing = new RegExp(`^[\\s,.”"’']*(?:the\\s+)?([^,.;:"“”]{2,40}?)\\s+(?:${sayVerbs})\\b`, 'i');
const speakerReversed = new RegExp(`^[\\s,.”"’']*(?:${sayVerbs})\\s+(?:the\\s+)?([^,.;:"“”]{2,40}?)[,.]`, 'i');
const speakerLeading = new RegExp(
  `(?:^|[.;:,]\\s+|\\band\\s+)((?:the\\s+)?[A-Za-z][^,.;:"“”]{1,40}?)\\s+(?:${sayVerbs})\\b[^"“”]*$`,
  'i',
);

function maskedSpeakerOf(text: string, open: number, close: number): string | undefined {
  const after = text.slice(close, close + 80);
  const following = speakerFollowing.exec(after);
  if (following?.[1] && !notASpeaker.test(following[1].trim())) return following[1].trim();
  const reversed = speakerReversed.exec(after);
  if (reversed?.[1] && !notASpeaker.test(reversed[1].trim())) return reversed[1].trim();
  const before = text.slice(Math.max(0, open - 120), Math.max(0, open));
  const apposed = namedBeforeApposition.exec(before);
  if (apposed?.[1]) return apposed[1].trim();
  const titled = namedAfterJob.exec(before);
  if (titled?.[1]) return titled[1].trim();
  const leading = speakerLeading.exec(before);
  if (leading?.[1] && !notASpeaker.test(leading[1].trim())) return leading[1].trim();
  return undefined;
}

// Much of European journalism opens a paragraph of speech with a dash instead of quotation marks: "– It was a
// difficult decision, but ..., says CEO Magnus Erlandsen to Nordvik Post." The words up to the comma before the
// verb of saying are the quotation, and the words after the verb its speaker.
const dashOpening = /^\s*[–—―-]\s+/u;
const dashSaying = new RegExp(`,\\s+(?:${sayVerbs})\\s+[^,]{2,80}$`, 'iu');
// "– But we need more long follow-up ..., she reminded." / "..., Tollvik said in the congress.": the speaker first.
const dashSpeakerSaying = new RegExp(
  `,\\s+(?:[Hh]e|[Ss]he|[Tt]hey|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:${sayVerbs})\\b[^,]{0,80}$`,
  'u',
);

function dashQuotation(file: string, line: number, text: string): Quotation | undefined {
  const opening = dashOpening.exec(text);
  if (!opening) return undefined;
  const saying = dashSaying.exec(text) ?? dashSpeakerSaying.exec(text);
  if (!saying || saying.index <= opening[0].length) return undefined;
  return located(file, line, text, opening[0].length, saying.index);
}

// Sentences of one line come one after another: the line's quotations are found once.
let quotedLine: { text: string; quotes: readonly { start: number; end: number }[] } | undefined;

/** Where the quotations of a sentence's line stand (offsets in the line), for finders that leave quoted words alone. */
export function quotationsOfLine(sentence: ArticleSentence): readonly { start: number; end: number }[] {
  if (quotedLine?.text !== sentence.lineText) {
    quotedLine = { text: sentence.lineText, quotes: findQuotations(sentence.file, sentence.line, sentence.lineText) };
  }
  return quotedLine.quotes;
}
