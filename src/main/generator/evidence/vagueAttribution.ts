import type { Attribution } from './attributions.ts';
import { definitionRule, headingRule } from './headings.ts';
import { anonymousNouns, speakerGroupNouns } from './namedSources.ts';
import { isReportingVerb } from './reportingVerbs.ts';
import { wordsOf, type CueSpan, type RuleFinding, type SentenceReading, type SentenceRule } from './sentenceRule.ts';
import { isPluralNoun, type EvidenceSentence, type Token } from './sentenceTokens.ts';
import { isPunctuation, isWord, isWordIn } from './wordForms.ts';
import { groupQuantifiers } from './groupQuantifiers.ts';
import { namesOutlet } from './outletName.ts';

// Claims whose source the reader cannot check: a group that names nobody ("Western diplomats fear", "some
// analysts", "critics say"), an anonymous source ("sources familiar with the matter"), a belief with no believer
// ("It's mostly perceived as", "is widely seen as"), or a hedge on the source ("reportedly"). Only the writer's
// words count: "some experts" inside a minister's quotation is the minister's wording.

/** Participles of belief and blame that, in the passive and without "by ...", hide who holds the view. */
const beliefParticiples = new Set([
  'perceive',
  'see',
  'view',
  'regard',
  'consider',
  'believe',
  'think',
  'understand',
  'say',
  'report',
  'rumour',
  'rumor',
  'fear',
  'allege',
  'claim',
  'describe',
  'deem',
  'suspect',
  'accuse',
  'blame',
  'criticise',
  'criticize',
  'hold',
  'know',
  'assume',
  'presume',
  'suppose',
  'estimate',
  'feel',
  'suggest',
  'argue',
  'whisper',
  'speculate',
]);
const beForms = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re']);
const subjectPronouns = new Set(['it', 'this', 'that', 'he', 'she', 'they', 'which', 'who']);

/** "familiar with", "close to", "with knowledge of", "briefed on": how anonymous sources are introduced. */
const anonymityLinks: readonly string[][] = [
  ['familiar', 'with'],
  ['close', 'to'],
  ['with', 'knowledge', 'of'],
  ['with', 'direct', 'knowledge', 'of'],
  ['briefed', 'on'],
  ['knowledgeable', 'about'],
];
/** Phrases that say outright that the source is not named. */
const anonymityPhrases: readonly string[][] = [
  ['on', 'condition', 'of', 'anonymity'],
  ['speaking', 'anonymously'],
  ['requested', 'anonymity'],
  ['asked', 'not', 'to', 'be', 'named'],
  ['asked', 'not', 'to', 'be', 'identified'],
  ['declined', 'to', 'be', 'named'],
  ['declined', 'to', 'be', 'identified'],
  ['not', 'authorized', 'to', 'speak'],
  ['not', 'authorised', 'to', 'speak'],
];
const anonymityFirstWords = new Set([...anonymityLinks, ...anonymityPhrases].map((words) => words[0] as string));
const sourceHedges = new Set([
  'reportedly',
  'purportedly',
  'supposedly',
  'allegedly',
  'rumoured',
  'rumored',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
]);
/** "There are fears that", "there is speculation that": a feeling with no one holding it. */
const heldViews = new Set([
  'fear',
  'concern',
  'speculation',
  'suggestion',
  'report',
  'claim',
  'allegation',
  'rumour',
  'rumor',
  'worry',
  'suspicion',
  'belief',
  'expectation',
  'hope',
  'talk',
]);

function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.lower === word && !tokens[at + k]?.quoted);
}

function finding(score: number, reason: string, cue: CueSpan): RuleFinding {
  return { score, reason, cue };
}

/** The source words plus the verb right after them: "Western diplomats fear", "Officials have said". */
function cueOf(attribution: Attribution): CueSpan {
  const { source, marker, form } = attribution;
  if (form === 'speaker' && marker > source.to && marker - source.to <= 3) return { from: source.from, to: marker };
  // "warnings from Western leaders" starts at the noun before "from"; "according to ..." and "by ..." at the marker.
  if (form !== 'speaker' && marker < source.from)
    return { from: form === 'reported noun' ? marker - 1 : marker, to: source.to };
  return source;
}

/** "Western diplomats fear", "Officials said", "critics say", "according to media reports". */
function vagueSpeaker({ attributions }: SentenceReading): RuleFinding | undefined {
  const vague = attributions.find((a) => a.verdict.kind === 'vague');
  if (!vague) return undefined;
  const cue = cueOf(vague);
  return finding(3, `the source is not named: ${vague.verdict.reason}`, cue);
}

/** "some analysts have given the impression", "many experts believe": a quantified group offered as a source. */
function unnamedGroup({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !groupQuantifiers.has(token.lower)) continue;
    let head = token.index + 1;
    while (head < tokens.length && ['ADJ', 'PROPN', 'NUM'].includes((tokens[head] as Token).pos)) head++;
    const noun = tokens[head];
    const isSpeaker =
      isWordIn(noun, speakerGroupNouns) || isWordIn(noun, anonymousNouns) || isWord(noun, 'report', 'reports');
    if (!noun || !isSpeaker) continue;
    if (actsAsSource(sentence, token.index, head)) {
      return finding(2, `"${wordsOf(sentence, { from: token.index, to: head })}" names no one in particular`, {
        from: token.index,
        to: head,
      });
    }
  }
  return undefined;
}

/** Does the group from `first` to `head` say or think something? "have given the impression", "according to". */
function actsAsSource(sentence: EvidenceSentence, first: number, head: number): boolean {
  const tokens = sentence.tokens;
  const before = tokens[first - 1];
  if (isWord(before, 'among', 'by', 'from') || (isWord(before, 'to') && isWord(tokens[first - 2], 'according')))
    return true;
  let verb = head + 1;
  while (verb < tokens.length && ['AUX', 'ADV', 'PART'].includes((tokens[verb] as Token).pos)) verb++;
  const next = tokens[verb];
  if (!next) return false;
  if (isReportingVerb(sentence, verb)) return true;
  const impression = tokens.slice(verb + 1, verb + 4).some((t) => t.lower === 'impression');
  if (isWord(next, 'give', 'create', 'convey', 'leave') && impression) return true;
  return isWord(next, 'see', 'view', 'regard', 'consider', 'perceive', 'interpret', 'wonder', 'raise', 'point');
}

/** "sources familiar with the matter", "a person close to the president", "speaking on condition of anonymity". */
function anonymousSource({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (let at = 0; at < tokens.length; at++) {
    if (!anonymityFirstWords.has((tokens[at] as Token).lower)) continue;
    const phrase = anonymityPhrases.find((words) => matchesAt(tokens, at, words));
    if (phrase) {
      const cue = { from: at, to: at + phrase.length - 1 };
      return finding(3, `the source is kept anonymous ("${wordsOf(sentence, cue)}")`, cue);
    }
    const link = anonymityLinks.find((words) => matchesAt(tokens, at, words));
    const person = tokens[at - 1];
    // wink may tag "people" a verb after "according to"; the word lists below still decide.
    const nounLike = person && ['NOUN', 'PRON', 'PROPN', 'VERB'].includes(person.pos);
    if (!link || !person || !nounLike) continue;
    // "Several engineers familiar with the network told ...": people of any trade, introduced the way anonymous
    // sources are and then quoted, are sources kept anonymous. "Close to" is also where things stand ("homes close
    // to the river"), so it needs a speaker noun.
    const anyTrade =
      link[0] !== 'close' && isPluralNoun(person) && person.pos === 'NOUN' && saysAfterLink(sentence, at + link.length);
    if (
      !anyTrade &&
      !isWordIn(person, speakerGroupNouns) &&
      !isWordIn(person, anonymousNouns) &&
      !isWord(person, 'someone', 'those', 'one')
    )
      continue;
    let from = at - 1;
    while (from > 0 && ['ADJ', 'DET', 'NUM'].includes((tokens[from - 1] as Token).pos) && !tokens[from - 1]?.quoted)
      from--;
    let to = at + link.length - 1;
    while (to + 1 < tokens.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes((tokens[to + 1] as Token).pos))
      to++;
    const cue = { from, to };
    return finding(3, `the source is kept anonymous ("${wordsOf(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** "familiar with the network told Mains & Meters": a verb of saying within a few words after what they know. */
function saysAfterLink(sentence: EvidenceSentence, from: number): boolean {
  for (let at = from; at < sentence.tokens.length && at <= from + 4; at++) {
    if (isReportingVerb(sentence, at)) return true;
  }
  return false;
}

/**
 * What follows a belief participle when it reports a view: "seen as", "thought to", "believed that". "It is widely
 * believed in the town that" needs no such word: with an empty "it" as subject, the view is the whole sentence.
 */
function reportsView(tokens: readonly Token[], participle: number, first: number): boolean {
  const next = tokens[participle + 1];
  // "is known as" gives a name, not a view.
  if (isWord(tokens[participle], 'know') && isWord(next, 'as')) return false;
  if (isWord(next, 'as', 'to', 'that', 'of', 'for')) return true;
  const subject = tokens[first - 1];
  if (!isWord(subject, 'it') || subject?.quoted) return false;
  // The "it" opens a clause: "It is widely believed", "In the town, it is assumed", "... and it is thought".
  const before = tokens[first - 2];
  return before === undefined || isPunctuation(before) || before.pos === 'CCONJ';
}

/** "It's mostly perceived as", "is widely seen as", "It is commonly thought", "has been accused of": a view with no one holding it. */
function beliefWithoutBeliever({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !['VERB', 'ADJ'].includes(token.pos) || !isWordIn(token, beliefParticiples)) continue;
    if (!/(ed|en|wn|id|ught|ood|eld)$/.test(token.lower)) continue;
    let first = token.index;
    let sawBe = false;
    for (let i = token.index - 1; i >= 0; i--) {
      const word = tokens[i] as Token;
      if (beForms.has(word.lower)) {
        sawBe = true;
        first = i;
        continue;
      }
      if (word.pos === 'ADV' || word.pos === 'AUX') {
        first = i;
        continue;
      }
      break;
    }
    if (!sawBe || !reportsView(tokens, token.index, first) || hasAgent(tokens, token.index + 1)) continue;
    const subject = tokens[first - 1];
    if (
      subject &&
      subjectPronouns.has(subject.lower) &&
      !subject.quoted &&
      subject.lower !== 'which' &&
      subject.lower !== 'who'
    ) {
      first = subject.index;
    }
    const cue = { from: first, to: token.index };
    return finding(2, `a view is reported without saying whose ("${wordsOf(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** Verbs by which a newsroom says it knows without saying from whom: "the Squall understands", "has learned". */
const newsroomKnowing = new Set(['understand', 'understands', 'learned', 'learnt']);

/**
 * "She has not paid back a single crown, the Squall understands", "The Herald has learned that ...", "We understand
 * ...": the outlet vouches for the claim on the word of sources it does not name.
 */
function newsroomKnows({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWordIn(token, newsroomKnowing) || token.pos !== 'VERB') continue;
    // "understands" stands alone; "learned" needs its "has": "the Herald has learned", not "lessons learned".
    const auxiliary = isWord(tokens[token.index - 1], 'has', 'have', "'s", '’s') ? token.index - 1 : token.index;
    if (auxiliary === token.index && !isWord(token, 'understand', 'understands')) continue;
    const subject = tokens[auxiliary - 1];
    if (!subject || subject.quoted) continue;
    // The outlet by its name, "the Squall", "The Mail": a capitalised name after "the". A person ("Ms Kessovich
    // understands the worry") is no newsroom.
    // "We understand that ..." or "..., we understand."; "We understand the anger" is sympathy, not sourcing.
    const next = tokens[token.index + 1];
    const isWe = isWord(subject, 'we') && (next === undefined || isPunctuation(next) || isWord(next, 'that'));
    // Or its name as its file is named, with no "the": "NBS understands that ...".
    const isOutlet =
      (/^\p{Lu}/u.test(subject.text) && isWord(tokens[subject.index - 1], 'the')) ||
      namesOutlet(sentence.file, subject);
    if (!isWe && !isOutlet) continue;
    const from = isWe || !isWord(tokens[subject.index - 1], 'the') ? subject.index : subject.index - 1;
    const cue = { from, to: token.index };
    return finding(2, `the outlet vouches for it without naming its source ("${wordsOf(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** "There are fears that the conflict could spread", "There is growing speculation that ...". */
function viewWithoutHolder({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWord(token, 'there') || tokens[token.index + 1]?.pos !== 'AUX') continue;
    let at = token.index + 2;
    while (at < tokens.length && ['ADJ', 'ADV', 'DET'].includes((tokens[at] as Token).pos)) at++;
    const view = tokens[at];
    if (!view || !isWordIn(view, heldViews) || !isWord(tokens[at + 1], 'that', 'of')) continue;
    if (hasAgent(tokens, at + 1) || isWord(tokens[at + 1], 'from', 'among')) continue;
    const cue = { from: token.index, to: at };
    return finding(2, `a view is reported without saying whose ("${wordsOf(sentence, cue)}")`, cue);
  }
  return undefined;
}

/** Nouns for what someone has said, when nobody is named for it: "reports of", "claims that". */
const reportedWords = new Set(['report', 'claim', 'allegation', 'rumour', 'rumor', 'account', 'suggestion']);

/**
 * "The West points to reports of a troop buildup", "denied reports that the dam was leaking": reports in the plural
 * with no article, no owner and no "by" or "from", so the claim in them rests on nobody the reader can name.
 */
function reportsWithoutAuthor({ sentence }: SentenceReading): RuleFinding | undefined {
  const tokens = sentence.tokens;
  for (const token of tokens) {
    if (token.quoted || !isWordIn(token, reportedWords) || !isPluralNoun(token)) continue;
    // wink may tag the noun a verb after "to" ("points to reports/VERB of"); after a preposition it is a noun.
    const noun =
      token.pos === 'NOUN' || (token.pos === 'VERB' && ['ADP', 'PART'].includes(tokens[token.index - 1]?.pos ?? ''));
    if (!noun) continue;
    if (!isWord(tokens[token.index + 1], 'of', 'that')) continue;
    let from = token.index;
    while (from > 0 && ['ADJ', 'NOUN'].includes((tokens[from - 1] as Token).pos)) from--;
    const before = tokens[from - 1];
    const owned =
      before !== undefined && (before.pos === 'DET' || before.pos === 'PRON' || /^['’]s$/.test(before.lower));
    if (owned || hasAgent(tokens, token.index + 1) || reportsFrom(tokens, token.index + 1)) continue;
    const cue = { from, to: token.index };
    return finding(2, `"${wordsOf(sentence, cue)}" are not said to come from anyone`, cue);
  }
  return undefined;
}

/** "reports of flooding from residents": "from" names where the reports came from. */
function reportsFrom(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 8; i++) {
    const token = tokens[i] as Token;
    if (isPunctuation(token) && !token.quoted) return false;
    if (isWord(token, 'from', 'among')) return true;
  }
  return false;
}

/**
 * "by Western officials" within the same clause names (or fails to name) who holds the view. A "by" after another
 * participle is that one's: "is thought to have been caused by heavy rain" still names no one who thinks so.
 */
function hasAgent(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 12; i++) {
    const token = tokens[i] as Token;
    if (isPunctuation(token) && !token.quoted) return false;
    if (isWord(token, 'by')) return true;
    if (token.pos === 'VERB' && /(ed|en|wn)$/.test(token.lower)) return false;
  }
  return false;
}

/** "reportedly", "allegedly": the writer signals a claim is second-hand without saying whose hand. */
function hedgedSource({ sentence }: SentenceReading): RuleFinding | undefined {
  const hedge = sentence.tokens.find((t) => !t.quoted && sourceHedges.has(t.lower));
  if (!hedge) return undefined;
  return finding(2, `"${hedge.text}" passes on a claim without naming its source`, {
    from: hedge.index,
    to: hedge.index,
  });
}

/**
 * ", BBC News reported.": a named source whose words cover the passive "is seen as" (or the hedge) answers it.
 * "Putin reportedly urged Xi" stays vague: Putin did the urging, nobody is named for the report.
 */
function namedSourceAnswers(reading: SentenceReading): RuleFinding | undefined {
  if (vagueSpeaker(reading) || unnamedGroup(reading) || anonymousSource(reading)) return undefined;
  const unheld = [
    beliefWithoutBeliever(reading),
    viewWithoutHolder(reading),
    reportsWithoutAuthor(reading),
    hedgedSource(reading),
  ].filter((f): f is RuleFinding => f !== undefined);
  const named = reading.attributions.filter((a) => a.verdict.kind === 'named');
  const covered = (f: RuleFinding): boolean =>
    f.cue !== undefined &&
    named.some((a) => f.cue !== undefined && a.covers.from <= f.cue.from && f.cue.to <= a.covers.to);
  const first = named[0];
  if (unheld.length === 0 || !first || !unheld.every(covered)) return undefined;
  return {
    score: -unheld.reduce((sum, f) => sum + f.score, 0),
    reason: `the sentence names its source (${wordsOf(reading.sentence, first.source)})`,
  };
}

/**
 * "The effect is real, says one independent expert, but modest": a headline or a standfirst (a line that ends
 * without a full stop) shortens its one source to a role, and the text below names them. A crowd ("experts say")
 * stays vague even there.
 */
function headlineShorthand({ sentence, attributions }: SentenceReading): RuleFinding | undefined {
  // Without a full stop the sentence ends its line: a headline or a standfirst, whatever stands before it.
  if (/[.!?]["”’)]?$/u.test(sentence.text.trim())) return undefined;
  const vague = attributions.find((a) => a.verdict.kind === 'vague');
  const head = vague ? sentence.tokens[vague.source.to] : undefined;
  if (!vague || !head || isPluralNoun(head) || head.pos !== 'NOUN') return undefined;
  return { score: -3, reason: `a headline or standfirst gives its one source as a role ("${head.text}")` };
}

/** Read top to bottom; a sentence has vague attribution when their scores reach the threshold. */
export const vagueAttributionRules: readonly SentenceRule[] = [
  { name: 'vague speaker', test: vagueSpeaker },
  { name: 'unnamed group', test: unnamedGroup },
  { name: 'anonymous source', test: anonymousSource },
  { name: 'belief without believer', test: beliefWithoutBeliever },
  { name: 'view without holder', test: viewWithoutHolder },
  { name: 'reports without author', test: reportsWithoutAuthor },
  { name: 'hedged source', test: hedgedSource },
  { name: 'newsroom knows', test: newsroomKnows },
  { name: 'named source answers', test: namedSourceAnswers },
  { name: 'headline shorthand', test: headlineShorthand },
  headingRule,
  definitionRule,
];

export const vagueAttributionThreshold = 2;
