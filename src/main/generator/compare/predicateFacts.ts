import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { closedNow, openNow } from './openStates.ts';
import { onDuty } from './presence.ts';
import { foundGuilty, pleadedGuilty } from './pleas.ts';
import { attendedByVideo, attendedInPerson, stayedAway } from './attendance.ts';
import { keptWorking } from './servicesWorking.ts';
import { fuller } from './fullerMention.ts';
import {
  anyone,
  claimKeys,
  contradicts,
  findPredicateClaims,
  heldGroup,
  stayingPut,
  type PredicateClaim,
} from './predicateClaims.ts';

// One thing said to have happened in one article and denied in another: "the tank ruptured" / "the tank itself
// did not rupture", "the dam burst" / "the dam was not breached". Claims are filed under their thing and verb (or
// the verb's severity scale), so only claims about the same thing are compared. The finding lists one sentence
// per article, stating or denying; an article that says both (about that one thing) takes no side and is left out.

/** At most this many claims of one key are compared, so a crowded key costs no more than a quiet one. */
const claimsPerKey = 64;
const attendanceSides = new Set([attendedInPerson, attendedByVideo, stayedAway]);

/** Predicates stated in some articles and denied in others. */
export function findPredicateFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byKey = new Map<string, PredicateClaim[]>();
  // The person each article last said something of, whom a later "he" or "she" stands for.
  const lastPerson = new Map<string, PredicateClaim>();
  for (const sentence of sentences) {
    for (const found of findPredicateClaims(sentence)) {
      const claim = found.pronoun ? personFor(found, lastPerson.get(sentence.file)) : found;
      if (!claim) continue;
      if (claim.personState && !claim.pronoun) lastPerson.set(sentence.file, claim);
      for (const key of claimKeys(claim)) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [claim]);
        else if (list.length < claimsPerKey) list.push(claim);
      }
    }
  }
  const findings: FactFinding[] = [];
  const reported = new Set<string>();
  for (const claims of byKey.values()) {
    const finding = contradiction(claims);
    if (!finding) continue;
    const id = finding.fact.values.map((value) => `${value.file}:${value.line}:${value.text}`).join('\n');
    if (reported.has(id)) continue;
    reported.add(id);
    findings.push(finding);
  }
  return findings;
}

function personFor(claim: PredicateClaim, named: PredicateClaim | undefined): PredicateClaim | undefined {
  if (!named) return undefined;
  return {
    ...claim,
    theme: named.theme,
    themeText: named.themeText,
    narrowers: named.narrowers,
    phraseText: named.phraseText,
  };
}

function contradiction(claims: readonly PredicateClaim[]): FactFinding | undefined {
  const denial = claims.find((claim) => claim.denied && claims.some((other) => opposed(other, claim)));
  if (!denial) return undefined;
  const stated = claims.find((claim) => opposed(claim, denial));
  if (!stated) return undefined;
  // Each article's first sentence on either side of this one contradiction. An article that says in its own
  // words that the dam was breached and quotes the company saying "the dam is holding" takes the side of its
  // own words; quotations speak for an article only where it says nothing itself.
  const sides = new Map<string, { own: Side; quoted: Side }>();
  for (const claim of claims) {
    const side = claim.denied ? contradicts(stated, claim) : contradicts(claim, denial);
    if (!side) continue;
    const file = claim.sentence.file;
    const entry = sides.get(file) ?? { own: {}, quoted: {} };
    const voice = claim.quoted ? entry.quoted : entry.own;
    if (claim.denied) voice.denying = fuller(voice.denying, claim);
    else voice.stating = fuller(voice.stating, claim);
    sides.set(file, entry);
  }
  const listed = [...sides.values()]
    .map((entry) => (entry.own.stating || entry.own.denying ? entry.own : entry.quoted))
    .filter((entry) => !(entry.stating && entry.denying))
    .map((entry) => (entry.stating ?? entry.denying) as PredicateClaim)
    .sort((a, b) => a.sentence.order - b.sentence.order);
  if (!listed.some((claim) => claim.denied) || !listed.some((claim) => !claim.denied)) return undefined;
  return {
    fact: {
      fact: describe(stated, denial),
      kind: 'claim',
      values: listed.map((claim) => sentenceRef(claim.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `same thing: ${stated.phraseText} / ${denial.phraseText}`,
      `"${stated.verbText}" stated in ${stated.sentence.file}, "${denial.verbText}" denied in ${denial.sentence.file}`,
    ],
  };
}

interface Side {
  stating?: PredicateClaim;
  denying?: PredicateClaim;
}

function opposed(stated: PredicateClaim, denied: PredicateClaim): boolean {
  return stated.sentence.file !== denied.sentence.file && contradicts(stated, denied);
}

// "Whether the water treatment plant was damaged", "Whether the tank ruptured", "Whether the dam was breached":
// worded with the denied verb, which names what is in dispute, in the form the stating article writes it when it
// is the same verb ("did not rupture" / "ruptured").
function describe(stated: PredicateClaim, denial: PredicateClaim): string {
  // "No one was hurt" against "two workers were injured": whether anyone was hurt.
  if (denial.theme === anyone) return `Whether anyone was ${denial.verbText.toLowerCase()}`;
  // "No guard was on duty" against "A security guard was on site": whether anyone of the kind was there.
  if (stated.verb === onDuty) {
    const who = stated.phraseText.toLowerCase();
    return /[^s]s$/.test(who)
      ? `Whether any ${who} were ${stated.verbText}`
      : `Whether ${withArticle(who)} was ${stated.verbText}`;
  }
  // "Cash machines continued to work" against "Even cash machines were down".
  if (stated.verb === keptWorking) return `Whether ${thing(stated)} kept working`;
  // "The emergency department remains open" against "the A&E department has been closed since Friday".
  if (stated.verb === openNow || stated.verb === closedNow) return `Whether ${thingOf(stated, denial)} is open`;
  // "The fire swept through the town's streets" against "the fire has not entered the town".
  if (stated.doerText) return `Whether ${stated.doerText} entered ${thing(stated)}`;
  // "staged a protest" against "gathered for a candlelit vigil": which of the two it was.
  if (stated.nominal && denial.contrary) {
    return `Whether ${thing(stated)} held ${withArticle(stated.verbText)} or ${withArticle(denial.verbText)}`;
  }
  // "Passengers remained on board" against "passengers were plucked from the ferry": which of the two.
  if (denial.contrary && (stated.verb === stayingPut || denial.verb === stayingPut)) {
    return `Whether ${thingOf(stated, denial)} ${verbPhrase(stated)} or ${verbPhrase({ ...denial, denied: false })}`;
  }
  // "They have since been released on bail" against "Two men arrested after the raid remain in custody".
  if (stated.theme === heldGroup) return 'Whether those arrested are in custody or out on bail';
  // "pleaded guilty" against "was found guilty": which of the two.
  if (denial.contrary && (stated.verb === pleadedGuilty || stated.verb === foundGuilty)) {
    return `Whether ${thingOf(stated, denial)} pleaded guilty or was found guilty`;
  }
  // "appeared in person" against "did not attend the hearing" or "appeared by video link".
  if (attendanceSides.has(stated.verb) || attendanceSides.has(denial.verb)) {
    return `Whether ${thingOf(stated, denial)} attended the hearing in person`;
  }
  // "A thin diesel sheen was seen" against "no pollution had been detected": whether there was any.
  if (stated.theme !== denial.theme && denial.theme !== anyone) {
    return `Whether any ${denial.phraseText.toLowerCase()} was ${denial.verbText.toLowerCase()}`;
  }
  // "hackers stole the records" / "the records were not stolen": the passive the denial writes reads better.
  const activeWording = stated.passive && !stated.nominal && !stated.state && !isParticiple(stated.verbText);
  if (activeWording && stated.verb === denial.verb && isParticiple(denial.verbText))
    return `Whether ${thing(stated)} ${verbPhrase({ ...stated, verbText: denial.verbText })}`;
  if (!stated.nominal && (stated.verb === denial.verb || denial.nominal || denial.withstood))
    return `Whether ${thingOf(stated, denial)} ${verbPhrase(stated)}`;
  // "Dam breach forces hundreds from homes" against "the dam held": whether it was breached.
  if (denial.withstood) return `Whether ${thing(denial)} ${was(denial)} ${participle(stated.verbText.toLowerCase())}`;
  if (!denial.nominal) return `Whether ${thing(denial)} ${verbPhrase(denial)}`;
  return `Whether there was a ${denial.verbText.toLowerCase()} of ${thing(denial)}`;
}

// "the water treatment plant", "the Harl Dam", but "Mayor Anna Lind" as written: a name of capitalised words
// that does not end in a word for a place or a building.
const placeWords =
  /^(dam|river|bridge|road|street|lake|reservoir|hospital|school|park|hall|cent(?:re|er)|station|airport|port|plant|mine|tower|building|church|stadium|council|ministry|company|group|office)$/i;

function thing(claim: PredicateClaim): string {
  if (claim.theme === anyone) return anyone;
  const words = claim.phraseText.split(' ');
  const named = words.every((word) => /^\p{Lu}/u.test(word)) && !placeWords.test(claim.themeText);
  if (named) return claim.phraseText;
  // "Cash machines continued to work": a capital that only opens the sentence is no name's.
  const opening = claim.sentence.tokens[0]?.text === words[0] && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '');
  return `the ${opening ? claim.phraseText.charAt(0).toLowerCase() + claim.phraseText.slice(1) : claim.phraseText}`;
}

// "Passengers" at the start of a sentence is no name: the other side's "passengers" says so.
function thingOf(stated: PredicateClaim, denial: PredicateClaim): string {
  const lower =
    denial.phraseText.toLowerCase() === stated.phraseText.toLowerCase() && denial.phraseText !== stated.phraseText;
  return lower && /^\p{Ll}/u.test(denial.phraseText) ? thing(denial) : thing(stated);
}

function withArticle(word: string): string {
  const lower = word.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

// Nouns plural without an "s": "police were called", "people were hurt".
const pluralNouns = /^(police|people|personnel|children|men|women|cattle)$/i;

function was(claim: PredicateClaim): string {
  return /[^s']s$/i.test(claim.themeText) || pluralNouns.test(claim.themeText) ? 'were' : 'was';
}

function isParticiple(word: string): boolean {
  return /(ed|en|wn|burst|hurt|cut|shut|set|hit|put)$/i.test(word);
}

// "breach" -> "breached", "collapse" -> "collapsed", "burst" -> "burst".
function participle(word: string): string {
  if (/(ed|burst)$/.test(word)) return word;
  return /e$/.test(word) ? `${word}d` : `${word}ed`;
}

function verbPhrase(claim: PredicateClaim): string {
  const written = claim.verbText.toLowerCase();
  // "was started deliberately": the state, as an adjective.
  if (claim.state) return `${was(claim)} ${written.replace(/ly$/, '')}`;
  if (claim.passive) return `${was(claim)} ${written}`;
  // A denial writes the bare verb ("did not rupture", "failed to go off"), as does an emphatic "did go off".
  const [verb = '', ...particle] = written.split(' ');
  const irregular = irregularPast[verb];
  if (irregular) return [irregular, ...particle].join(' ');
  if (!claim.denied || /ed$/.test(verb)) return written;
  return [/e$/.test(verb) ? `${verb}d` : `${verb}ed`, ...particle].join(' ');
}

// Bare verbs whose past a denial's "did not ..." hides and no rule of endings gives.
const irregularPast: Readonly<Record<string, string>> = {
  go: 'went',
  come: 'came',
  give: 'gave',
  break: 'broke',
  fall: 'fell',
  begin: 'began',
  take: 'took',
  run: 'ran',
  sink: 'sank',
  catch: 'caught',
  blow: 'blew',
};
