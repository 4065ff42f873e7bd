import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';
import { pushTo } from './pushTo.ts';

// The colour of one official warning: "a yellow warning for wind" / "upgraded its wind warning to amber", "an
// amber heat-health alert" / "a red alert". Weather services, health agencies and flood authorities grade their
// warnings by colour; one warning for one hazard has one colour at a time, so an article that gives two (a yellow
// warning later raised to amber) takes no side.

export interface WarningMention {
  sentence: ArticleSentence;
  colour: string;
  /** What the warning is for ("wind", "rain"), or "weather" when the sentence does not say. */
  hazard: string;
}

const colours = new Set(['yellow', 'amber', 'orange', 'red']);
const warningNouns = new Set(['warning', 'warnings', 'alert', 'alerts']);
const hazards = new Set(['wind', 'rain', 'snow', 'ice', 'fog', 'heat', 'flood', 'storm', 'thunderstorm', 'avalanche']);
const reach = 6;

/** The colour one sentence gives a warning, and what the warning is for. */
export function findWarningLevels(sentence: ArticleSentence): WarningMention[] {
  const tokens = sentence.tokens;
  const found: WarningMention[] = [];
  tokens.forEach((token, index) => {
    if (!colours.has(token.lower)) return;
    const warning = colourOf(tokens, index);
    if (warning === undefined) return;
    found.push({ sentence, colour: token.lower, hazard: hazardNear(tokens, warning) ?? 'weather' });
  });
  return found;
}

// "a yellow warning", "an amber wind warning", "an amber heat-health alert"; "raised its flood warning to red".
function colourOf(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index + 1; at <= index + 4; at += 1) {
    const word = tokens[at];
    if (!word || (word.pos === 'PUNCT' && word.text !== '-') || word.pos === 'VERB') break;
    if (warningNouns.has(word.lower)) return at;
  }
  if (tokens[index - 1]?.lower !== 'to') return undefined;
  for (let at = index - 2; at >= Math.max(0, index - reach - 2); at -= 1) {
    const word = tokens[at];
    if (!word || word.text === '.' || word.text === ';') break;
    if (warningNouns.has(word.lower)) return at;
  }
  return undefined;
}

// "wind warning", "warning for strong wind", "heat-health alert".
function hazardNear(tokens: readonly Token[], warning: number): string | undefined {
  for (let at = Math.max(0, warning - 3); at <= Math.min(tokens.length - 1, warning + 4); at += 1) {
    const word = tokens[at]?.lower.replace(/s$/, '') ?? '';
    if (hazards.has(word)) return word;
  }
  return undefined;
}

/** Warnings given two colours by two articles. */
export function findWarningLevelFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const mentions = sentences.flatMap(findWarningLevels);
  // A sentence that does not say what the warning is for speaks of the set's only kind of warning, if it has one.
  const named = new Set(mentions.map((mention) => mention.hazard).filter((hazard) => hazard !== 'weather'));
  const only = named.size === 1 ? [...named][0] : undefined;
  const bySentence = new Map<ArticleSentence, WarningMention[]>();
  for (const mention of mentions) {
    const hazard = mention.hazard === 'weather' && only ? only : mention.hazard;
    pushTo(bySentence, mention.sentence, { ...mention, hazard });
  }
  return findChoiceFacts(sentences, {
    mentionsIn: (sentence) => bySentence.get(sentence) ?? [],
    about: (mention) => mention.hazard,
    choice: (mention) => mention.colour,
    describe: (_group, hazard) => `The level of the ${hazard === 'weather' ? '' : `${hazard} `}warning`,
    reasonsFor: (a, b) => [`one ${a.hazard} warning`, `${a.colour} / ${b.colour}`],
  });
}
