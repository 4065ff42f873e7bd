import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts, oneSided } from './choiceFacts.ts';

// How far an official inquiry has gone, told as a first look by one article and a formal investigation by another:
// "has opened a review" / "has launched a formal investigation", "was making initial enquiries" / "has launched a
// probe", "is looking into the outage but has stopped short of a formal investigation" / "has opened a formal
// investigation". Regulators and police both do both; a company's own ("internal") review is no such step. An
// article that tells both (a review that may become an investigation) takes no side.

export type InquiryLevel = 'first look' | 'formal investigation';

export interface InquiryMention {
  sentence: ArticleSentence;
  /** Who inquires: the police, or a regulator or other public body. */
  inquirer: 'police' | 'regulator';
  level: InquiryLevel;
}

const formalNouns = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);
const firstLookNouns = new Set(['review', 'assessment']);
// "initial enquiries", "preliminary inquiries": the plural is the first questions, not the investigation.
const firstLookQualifiers = new Set(['initial', 'preliminary', 'early']);
const openingVerbs = new Set(['open', 'launch', 'start', 'begin', 'announce', 'make', 'conduct', 'carry', 'order']);
// A step short of one: "stopped short of a formal investigation", "has not yet decided whether to open one".
const shortOf = new Set(['whether', 'not', "n't", 'yet', 'if', 'could', 'may', 'might', 'would', 'considering']);
// The inquiry of a company, or of someone else, is no official's.
const notOfficial = new Set(['internal', 'independent', 'own', 'separate', 'public']);
// A tabloid's "Cops".
const policeWords = new Set(['police', 'detectives', 'officers', 'constabulary', 'force', 'cops']);
const bodyWords = new Set([
  'regulator',
  'watchdog',
  'authority',
  'commission',
  'inspectorate',
  'ombudsman',
  'agency',
  'office',
  'executive',
  'board',
]);

/** How far an official inquiry has gone, as one sentence tells it; none when it tells two steps or none. */
export function findInquiryMentions(sentence: ArticleSentence): InquiryMention[] {
  const tokens = sentence.tokens;
  const inquirer = inquirerOf(tokens);
  if (!inquirer) return [];
  const found: InquiryMention[] = [];
  tokens.forEach((_token, index) => {
    const level = levelAt(tokens, index);
    if (level) found.push({ sentence, inquirer, level });
  });
  return oneSided(found, (mention) => mention.level);
}

function levelAt(tokens: readonly Token[], index: number): InquiryLevel | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // "is looking into the outage": the verb itself is a first look.
  if (token.lemma === 'look' && tokens[index + 1]?.lower === 'into') {
    return 'first look';
  }
  // "had received the referral and was assessing it": weighing whether to open one.
  if (token.pos === 'VERB' && token.lemma === 'assess' && /^(?:it|them|the)$/.test(tokens[index + 1]?.lower ?? '')) {
    return 'first look';
  }
  if (token.pos !== 'NOUN') return undefined;
  let verb: number | undefined;
  for (let at = index - 1; at >= Math.max(0, index - 5); at -= 1) {
    const word = tokens[at];
    if (!word || notOfficial.has(word.lower)) return undefined;
    if (verb === undefined && word.pos === 'VERB' && openingVerbs.has(word.lemma)) verb = at;
  }
  const qualifier = tokens[index - 1]?.lower ?? '';
  const singular = token.lower.replace(/ies$/, 'y').replace(/s$/, '');
  // "making initial enquiries", "preliminary inquiries", "has opened a review".
  if (
    verb !== undefined &&
    (firstLookNouns.has(token.lower) || (formalNouns.has(singular) && firstLookQualifiers.has(qualifier)))
  ) {
    return 'first look';
  }
  if (!formalNouns.has(token.lower)) return undefined;
  // "stopped short of a formal investigation", "has not yet decided whether to open a formal investigation": the
  // word that holds it back stands before the verb of opening, or is "short of" ("yet to publish details of its
  // investigation" holds back the publishing).
  for (let at = index - 1; at >= Math.max(0, index - 7); at -= 1) {
    const word = tokens[at];
    const heldBack =
      (word?.lower === 'short' && tokens[at + 1]?.lower === 'of') ||
      (shortOf.has(word?.lower ?? '') && verb !== undefined && at < verb);
    if (heldBack) return 'first look';
  }
  return verb === undefined ? undefined : 'formal investigation';
}

function inquirerOf(tokens: readonly Token[]): InquiryMention['inquirer'] | undefined {
  if (tokens.some((token) => policeWords.has(token.lower))) return 'police';
  const body = tokens.some(
    (token) =>
      bodyWords.has(token.lower) ||
      // "the IRO", "the HSE": a public body by its initials.
      (token.pos === 'PROPN' && /^[A-Z]{2,5}$/.test(token.text)),
  );
  return body ? 'regulator' : undefined;
}

/** Inquiries one article calls a first look and another a formal investigation. */
export function findInquiryFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findInquiryMentions,
    about: (mention) => mention.inquirer,
    choice: (mention) => mention.level,
    describe: (_group, about) =>
      `Whether the ${about === 'police' ? 'police have' : 'regulator has'} opened a formal investigation`,
    reasonsFor: (a, b) => [`one inquiry by the ${a.inquirer}`, `${a.level} / ${b.level}`],
  });
}
