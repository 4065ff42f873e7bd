import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findRelationClaims, sameRelation, type RelationClaim } from './relationClaims.ts';
import { findConflictMentions, type ConflictMention } from './conflictScale.ts';
import { findPredicateFacts } from './predicateFacts.ts';
import { findDirectiveFacts } from './directiveFacts.ts';
import { findStanceFacts } from './stanceFacts.ts';
import { findSceneFacts } from './sceneFacts.ts';
import { findReportedStanceFacts } from './reportedStanceFacts.ts';
import { findEvaluativeFacts } from './evaluativeFacts.ts';
import { findAttributeFacts } from './attributeFacts.ts';
import { findCauseFacts } from './causeFacts.ts';
import { findErrorCauseFacts } from './errorCauses.ts';
import { findResponseFacts } from './responseFacts.ts';
import { findTriggerFacts } from './triggerFacts.ts';
import { findMedalFacts } from './medals.ts';
import { findDiagnosisFacts } from './diagnoses.ts';
import { findInquiryFacts } from './inquiryLevels.ts';
import { findCrimeFacts } from './crimeSuspected.ts';
import { findAttackFacts } from './cyberAttacks.ts';
import { findRecallChoiceFacts } from './voluntaryOrOrdered.ts';
import { findWarningLevelFacts } from './warningLevels.ts';
import { findMeasureLabelFacts } from './measureLabels.ts';
import { findCollapseExtentFacts } from './collapseExtent.ts';
import { findBusyFacts } from './howBusy.ts';
import { findWeaponFacts } from './realOrImitationWeapon.ts';
import { findBrokenBoneFacts } from './brokenBones.ts';
import { findExistenceFacts } from './noneOrSome.ts';
import { findInquirerFacts } from './whoInquires.ts';
import model from 'wink-eng-lite-web-model';
import { pushTo } from './pushTo.ts';

// The same fact characterised differently: a relation stated in one article and denied in another ("allies" /
// "do not have a formal alliance"), a conflict called "tensions" in one and "fighting" in another, a thing said to
// have happened and denied ("the tank ruptured" / "did not rupture", predicateFacts.ts), an order reported as
// advice ("ordered to leave" / "urged to leave", directiveFacts.ts), a decision told as taken and as still open
// ("ruled out paying" / "has not ruled out paying", stanceFacts.ts), one thing graded on two steps of a scale
// ("seriously" / "in a critical condition", "calm" / "a gale", evaluativeFacts.ts). Values are the exact
// sentences. Only disagreements are reported: two articles wording a characterisation alike is not a fact a
// student can check.

const porterStem = model.addons.stem as (word: string) => string;

/** Characterisations of the same relation or conflict that contradict each other across articles. */
export function findCharacterisations(sentences: readonly ArticleSentence[]): FactFinding[] {
  return [
    ...contradictedRelations(sentences),
    ...conflictLevels(sentences),
    ...findPredicateFacts(sentences),
    ...findDirectiveFacts(sentences),
    ...findStanceFacts(sentences),
    ...findSceneFacts(sentences),
    ...findReportedStanceFacts(sentences),
    ...findEvaluativeFacts(sentences),
    ...findAttributeFacts(sentences),
    ...findCauseFacts(sentences),
    ...findErrorCauseFacts(sentences),
    ...findResponseFacts(sentences),
    ...findTriggerFacts(sentences),
    ...findMedalFacts(sentences),
    ...findDiagnosisFacts(sentences),
    ...findInquiryFacts(sentences),
    ...findCrimeFacts(sentences),
    ...findAttackFacts(sentences),
    ...findRecallChoiceFacts(sentences),
    ...findWarningLevelFacts(sentences),
    ...findMeasureLabelFacts(sentences),
    ...findCollapseExtentFacts(sentences),
    ...findBusyFacts(sentences),
    ...findWeaponFacts(sentences),
    ...findBrokenBoneFacts(sentences),
    ...findExistenceFacts(sentences),
    ...findInquirerFacts(sentences),
  ];
}

// One finding per pair of parties and relation: the first article that states it and the first that denies it.
function contradictedRelations(sentences: readonly ArticleSentence[]): FactFinding[] {
  // parties -> relation word family -> claims
  const byParties = new Map<string, Map<string, RelationClaim[]>>();
  for (const sentence of sentences) {
    for (const claim of findRelationClaims(sentence, porterStem)) {
      let relations = byParties.get(claim.parties);
      if (!relations) {
        relations = new Map();
        byParties.set(claim.parties, relations);
      }
      const family = [...relations.keys()].find((relation) => sameRelation(relation, claim.relation));
      pushTo(relations, family ?? claim.relation, claim);
    }
  }
  const findings: FactFinding[] = [];
  for (const claims of [...byParties.values()].flatMap((relations) => [...relations.values()])) {
    const stated = claims.find((claim) => !claim.denied);
    const denial = stated && claims.find((claim) => claim.denied && claim.sentence.file !== stated.sentence.file);
    if (!stated || !denial) continue;
    const [first, second] = stated.sentence.order <= denial.sentence.order ? [stated, denial] : [denial, stated];
    findings.push({
      fact: {
        fact: `Whether ${joinNames(stated.partyNames)} ${relationPhrase(stated.relationWord)}`,
        kind: 'claim',
        values: [sentenceRef(first.sentence), sentenceRef(second.sentence)],
      },
      verdict: 'disagreement',
      reasons: [
        `same parties: ${joinNames(stated.partyNames)}`,
        `"${stated.relationWord}" stated in ${stated.sentence.file}, "${denial.relationWord}" denied in ${denial.sentence.file}`,
      ],
    });
  }
  return findings;
}

// Descriptions of one scene are linked by a party they share or by the same frame ("comes amid"); a scene called
// calm by some articles and violent by others is one finding that lists each article's sentence once.
function conflictLevels(sentences: readonly ArticleSentence[]): FactFinding[] {
  const mentions = sentences.flatMap((sentence) => findConflictMentions(sentence));
  const scenes = linkScenes(mentions);
  const findings: FactFinding[] = [];
  for (const scene of scenes) {
    const firstPerArticle = new Map<string, ConflictMention>();
    for (const mention of scene)
      if (!firstPerArticle.has(mention.sentence.file)) firstPerArticle.set(mention.sentence.file, mention);
    const listed = [...firstPerArticle.values()].sort((a, b) => a.sentence.order - b.sentence.order);
    const calm = listed.find((mention) => mention.level === 'tension');
    const violent = listed.find((mention) => mention.level === 'violence');
    if (!calm || !violent) continue;
    const shared = calm.partyNames.filter((name) => violent.parties.includes(partyKey(name)));
    const involving = shared.length > 0 ? ` involving ${joinNames(shared)}` : '';
    findings.push({
      fact: {
        fact: `How bad the conflict${involving} was: "${calm.words}" or "${violent.words}"`,
        kind: 'claim',
        values: listed.map((mention) => sentenceRef(mention.sentence)),
      },
      verdict: 'disagreement',
      reasons: [
        shared.length > 0 ? `same parties: ${joinNames(shared)}` : `same frame: "${calm.frame ?? ''}"`,
        `"${calm.words}" is not violence, "${violent.words}" is`,
      ],
    });
  }
  return findings;
}

function linkScenes(mentions: readonly ConflictMention[]): ConflictMention[][] {
  const parent = mentions.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  const firstWith = new Map<string, number>();
  mentions.forEach((mention, index) => {
    const keys = [
      ...mention.parties.map((party) => `party ${party}`),
      ...(mention.frame ? [`frame ${mention.frame}`] : []),
    ];
    for (const key of keys) {
      const earlier = firstWith.get(key);
      if (earlier === undefined) firstWith.set(key, index);
      else parent[root(index)] = root(earlier);
    }
  });
  const scenes = new Map<number, ConflictMention[]>();
  mentions.forEach((mention, index) => pushTo(scenes, root(index), mention));
  return [...scenes.values()];
}

function partyKey(name: string): string {
  return name.toLowerCase().replace(/[.'’]/g, '').slice(0, 4);
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// "allies" -> "are allies", "alliance" -> "have an alliance", "allied" -> "are allied"
function relationPhrase(word: string): string {
  const lower = word.toLowerCase();
  if (/ed$/.test(lower) || /s$/.test(lower)) return `are ${lower}`;
  return `have ${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}
