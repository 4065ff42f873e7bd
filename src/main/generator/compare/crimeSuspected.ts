import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findChoiceFacts } from './choiceFacts.ts';

// Whether the police treat what happened as a crime: "there is no suggestion of criminality at this stage", "the
// death is not being treated as suspicious" against "police have opened a criminal investigation", "are treating
// the fire as suspicious". Police look into every death and every collapse, so a plain "investigation" says
// neither; only a crime named ("criminal", "murder", "manslaughter") or suspicion does. An article that tells both
// (no criminality so far, a criminal inquiry possible) takes no side.

export type CrimeStance = 'crime suspected' | 'no crime suspected';

export interface CrimeMention {
  sentence: ArticleSentence;
  stance: CrimeStance;
}

const policeWords = new Set(['police', 'detective', 'officer', 'cop', 'constabulary', 'force']);
const crimeNouns = new Set(['criminality', 'crime', 'wrongdoing']);
const absenceNouns = new Set(['suggestion', 'evidence', 'sign', 'indication', 'suspicion']);
const crimeQualifiers = new Set(['criminal', 'murder', 'manslaughter', 'homicide']);
const inquiryNouns = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);
const suspicionWords = new Set(['suspicious', 'criminal']);

/** The police's stance on a crime in one sentence; none when it tells both or neither. */
export function findCrimeMentions(sentence: ArticleSentence): CrimeMention[] {
  const tokens = sentence.tokens;
  // A tabloid's "Cops" opens its sentence capitalised, where the tagger takes it for a name.
  if (!tokens.some((token) => policeWords.has(token.lemma) || policeWords.has(token.lower.replace(/s$/, ''))))
    return [];
  const stances = new Set<CrimeStance>();
  tokens.forEach((token, index) => {
    const stance = stanceAt(tokens, index);
    if (stance) stances.add(stance);
  });
  const [stance] = [...stances];
  return stances.size === 1 && stance ? [{ sentence, stance }] : [];
}

function stanceAt(tokens: readonly Token[], index: number): CrimeStance | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  // "no suggestion of criminality", "no evidence of wrongdoing".
  if (
    crimeNouns.has(token.lower) &&
    tokens[index - 1]?.lower === 'of' &&
    absenceNouns.has(tokens[index - 2]?.lemma ?? '')
  ) {
    return tokens[index - 3]?.lower === 'no' ? 'no crime suspected' : undefined;
  }
  // "a criminal investigation", "a manslaughter inquiry".
  if (inquiryNouns.has(token.lower) && crimeQualifiers.has(tokens[index - 1]?.lower ?? '')) return 'crime suspected';
  // "treating the fire as suspicious", "is not being treated as suspicious".
  if (suspicionWords.has(token.lower) && tokens[index - 1]?.lower === 'as') {
    for (let at = index - 2; at >= Math.max(0, index - 6); at -= 1) {
      if (tokens[at]?.lemma !== 'treat') continue;
      const negated = tokens.slice(Math.max(0, at - 3), at).some((word) => word.negated || word.lower === 'not');
      return negated ? 'no crime suspected' : 'crime suspected';
    }
  }
  return undefined;
}

/** Events the police treat as a crime in one article and not in another. */
export function findCrimeFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  return findChoiceFacts(sentences, {
    mentionsIn: findCrimeMentions,
    about: () => 'police',
    choice: (mention) => mention.stance,
    describe: () => 'Whether the police treat it as a crime',
    reasonsFor: (a, b) => ['what the police make of it', `${a.stance} / ${b.stance}`],
  });
}
