import { describe, expect, it } from 'vitest';
import { readSentences, sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { contradicts, findPredicateClaims } from '../../../../../src/main/generator/compare/predicateClaims.ts';
import { findDirectives } from '../../../../../src/main/generator/compare/directives.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';
import { claimsIn } from './claimsIn.ts';

// Something said to have happened to a thing, stated or denied; and what people were told to do, and how firmly.

function claimAbout(text: string, thing: string) {
  const found = sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findPredicateClaims(sentence))
    .filter((claim) => claim.phraseText.endsWith(thing));
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('findPredicateClaims', () => {
  it('reads what underwent the verb: a passive subject, an intransitive subject, an active object', () => {
    expect(claimsIn('The dam itself was not breached, officials said.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: true,
    });
    expect(claimsIn('The dam burst shortly after 4am.')).toContainEqual({ thing: 'dam', verb: 'burst', denied: false });
    expect(claimsIn('Floodwater breached the dam early on Sunday.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: false,
    });
    expect(claimsIn('Water broke through the dam overnight.')).toContainEqual({
      thing: 'dam',
      verb: 'broke',
      denied: false,
    });
    expect(claimsIn('Photos showed the breached dam from above.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: false,
    });
    expect(claimsIn('The dam was overtopped but not breached.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: true,
    });
  });

  it('reads denials without "not": held, intact, "no breach of", "denied reports that"', () => {
    expect(claimAbout('The dam held.', 'dam')).toMatchObject({ denied: true });
    expect(claimAbout('Engineers said the main dam remained intact.', 'dam')).toMatchObject({ denied: true });
    expect(claimAbout('There was no breach of the dam, officials said.', 'dam')).toMatchObject({ denied: true });
    expect(claimAbout('Officials denied reports that the dam had burst.', 'dam')).toMatchObject({ denied: true });
    expect(claimAbout('Water poured through a breach in the dam.', 'dam')).toMatchObject({ denied: false });
    expect(claimAbout('The dam did not hold.', 'dam')).toMatchObject({ denied: false });
  });

  it('takes nothing from a modal, a condition, a doubt, "not yet" or a question, no denial from "not only"', () => {
    expect(claimsIn('The bridge was not only damaged but partly swept away.')).toEqual([
      { thing: 'bridge', verb: 'swept', denied: false },
    ]);
    for (const text of [
      'Engineers fear the rest of the bridge could collapse.',
      'If the dam is breached, the valley will flood.',
      'It is unclear whether the dam was breached.',
      'Video appeared to show a breach in the dam.',
      'The dam has not yet been breached.',
      'Was the dam breached?',
      'Engineers warned of a possible breach of the dam.',
    ]) {
      expect(
        claimsIn(text).filter((claim) => /dam|bridge/.test(claim.thing)),
        text,
      ).toEqual([]);
    }
  });

  it('lets a stronger verb contradict a weaker denial, never the reverse, and only for the same thing', () => {
    const burst = claimAbout('The dam burst.', 'dam');
    const notBreached = claimAbout('The dam was not breached.', 'dam');
    const breached = claimAbout('The dam was breached.', 'dam');
    const notBurst = claimAbout('The dam did not burst.', 'dam');
    const damaged = claimAbout('The dam was damaged.', 'dam');
    expect(contradicts(burst, notBreached)).toBe(true);
    expect(contradicts(breached, notBreached)).toBe(true);
    expect(contradicts(breached, notBurst)).toBe(false);
    expect(contradicts(damaged, notBreached)).toBe(false);
    expect(
      contradicts(
        claimAbout('The road bridge was damaged.', 'bridge'),
        claimAbout('The stone bridge was not damaged.', 'bridge'),
      ),
    ).toBe(false);
  });
});

describe('findDirectives', () => {
  const strengths = (text: string): string[] =>
    sentencesOfLine('a.txt', 1, text)
      .flatMap((sentence) => findDirectives(sentence))
      .map((directive) => `${directive.strength} ${directive.cue}`);

  it('reads an order or advice, passive or active, with "to", "out" or an evacuation noun', () => {
    expect(strengths('Residents were ordered to leave their homes.')).toEqual(['obligation ordered']);
    expect(strengths('Police urged residents of the valley to leave.')).toEqual(['recommendation urged']);
    expect(strengths('Residents were ordered out of their homes.')).toEqual(['obligation ordered']);
    expect(strengths('A mandatory evacuation is in place.')).toEqual(['obligation mandatory']);
    expect(strengths('An evacuation warning was issued for the valley.')).toEqual(['recommendation warning']);
  });

  it('does not read "forcing evacuations", "were not ordered" or "told to leave" as a strength', () => {
    expect(strengths('The spillway failed, forcing evacuations.')).toEqual([]);
    expect(strengths('Residents were not ordered to leave.')).toEqual([]);
    expect(strengths('Residents were told to leave.')).toEqual([]);
  });
});

describe('directive facts', () => {
  const disagreements = (texts: Record<string, string>) =>
    findFacts(articlesOf(texts), everyLine).disagreements.filter((fact) => fact.kind === 'claim');

  it('finds an order reported as advice for the same people', () => {
    const [found] = disagreements({
      'a.txt': 'About 4,000 residents of Glen Park were ordered to leave their homes.',
      'b.txt': 'Some 4,000 people in Glen Park were advised to leave.',
    });
    expect(found?.fact).toBe('Whether people were ordered or only advised to leave');
  });

  it('leaves advice called advice twice, and an order in one district against advice in another', () => {
    expect(
      disagreements({
        'a.txt': 'Residents of Mill Lane were advised to leave as a precaution.',
        'b.txt': 'Residents of Mill Lane were urged to leave as a precaution.',
      }),
    ).toEqual([]);
    expect(
      disagreements({
        'a.txt': 'Residents of Glen Park were ordered to leave.',
        'b.txt': 'Residents of Hill Top were advised to leave.',
      }),
    ).toEqual([]);
    // An article that tells of both an order and advice takes no side.
    expect(
      disagreements({
        'a.txt': 'Residents were ordered to leave.',
        'b.txt': 'Residents were ordered to leave, and their neighbours were advised to leave.',
        'c.txt': 'Residents were ordered to leave.',
      }),
    ).toEqual([]);
  });
});

describe('claims beyond one verb and its denial', () => {
  it('reads the thing after a possessive, and before a noun of failure ("Dam breach forces ...")', () => {
    expect(claimAbout('The swollen reservoir breached its dam on Saturday.', 'dam')).toMatchObject({ denied: false });
    expect(claimAbout('A dam breach forced hundreds from their homes.', 'dam')).toMatchObject({
      denied: false,
      nominal: true,
    });
    // "flood damage" names the cause, not the thing damaged.
    expect(claimsIn('Flood damage closed the road.').filter((claim) => claim.thing === 'flood')).toEqual([]);
  });

  it('denies without "not": undamaged, unharmed, survived, withstood', () => {
    expect(claimAbout('The hospital was undamaged.', 'hospital')).toMatchObject({ denied: true });
    expect(claimAbout('The church survived the fire.', 'church')).toMatchObject({ denied: true });
    expect(claimAbout('The dam withstood the flood.', 'dam')).toMatchObject({ denied: true });
    expect(
      contradicts(
        claimAbout('Two of the 12 workers were killed.', 'workers'),
        claimAbout('All 12 workers survived.', 'workers'),
      ),
    ).toBe(true);
  });

  it('reads states and happenings that rule each other out: resigned or sacked, peaceful or violent', () => {
    const about = (text: string, thing: string) =>
      sentencesOfLine('a.txt', 1, text)
        .flatMap((sentence) => findPredicateClaims(sentence))
        .filter((claim) => claim.phraseText.endsWith(thing));
    const [resigned, notSacked] = about('Mayor Anna Lind resigned on Friday.', 'Lind');
    const [sacked] = about('The council sacked Mayor Anna Lind on Friday.', 'Lind');
    expect([resigned?.denied, notSacked?.denied]).toEqual([false, true]);
    expect(contradicts(sacked!, notSacked!)).toBe(true);
    const [peaceful, notViolent] = about('The protest was largely peaceful.', 'protest');
    const violent = about('The protest turned violent.', 'protest').find((claim) => claim.verbText === 'violent');
    expect([peaceful?.denied, notViolent?.denied]).toEqual([false, true]);
    expect(contradicts(violent!, notViolent!)).toBe(true);
  });

  it('reads people who held or joined a happening with contraries, and keeps the count of a counted group', () => {
    const held = (text: string) =>
      sentencesOfLine('a.txt', 1, text)
        .flatMap((sentence) => findPredicateClaims(sentence))
        .filter((claim) => claim.nominal && !claim.denied)
        .map((claim) => ({ thing: claim.phraseText, happening: claim.verbText, count: claim.count }));
    expect(held('About 40 farmers staged a protest outside the ministry.')).toEqual([
      { thing: 'farmers', happening: 'protest', count: 40 },
    ]);
    expect(held('Hundreds of students gathered in the square for a vigil.')).toEqual([
      { thing: 'students', happening: 'vigil', count: undefined },
    ]);
    // "The 650-bed hospital", "a three-year-old girl": a figure inside a modifier counts nothing.
    const stated = (text: string) =>
      sentencesOfLine('a.txt', 1, text)
        .flatMap((sentence) => findPredicateClaims(sentence))
        .filter((claim) => !claim.denied && claim.verbText === 'evacuated');
    expect(stated('The 650-bed hospital was evacuated.').map((claim) => claim.count)).toEqual([undefined]);
    expect(stated('Six injured miners were evacuated.').map((claim) => claim.count)).toEqual([6]);
  });

  it('denies a contrary of a counted group only for the same count', () => {
    const claimsOf = (text: string) =>
      sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findPredicateClaims(sentence));
    const transferred = claimsOf('Six miners were transferred to the county hospital.').find((c) => !c.denied)!;
    // "evacuated" denies "transferred" of the same six miners, not of five others.
    const notTransferred = (text: string) =>
      claimsOf(text).find((claim) => claim.contrary && claim.verb === transferred.verb)!;
    expect(contradicts(transferred, notTransferred('Six miners were evacuated by helicopter.'))).toBe(true);
    expect(contradicts(transferred, notTransferred('Five other miners were evacuated by helicopter.'))).toBe(false);
  });
});

describe('contrary claims across articles', () => {
  const found = (texts: Record<string, string>): string[] =>
    findFacts(articlesOf(texts), everyLine)
      .disagreements.filter((fact) => fact.kind === 'claim')
      .map((fact) => fact.fact);

  it('finds resigned against sacked, postponed against cancelled, peaceful against violent, accident against arson', () => {
    expect(
      found({
        'a.txt':
          'Mayor Anna Lind resigned on Friday.\n\nThe concert was postponed.\n\nThe protest was largely peaceful.',
        'b.txt':
          'The council sacked Mayor Anna Lind.\n\nOrganisers cancelled the concert.\n\nThe protest turned violent.',
      }),
    ).toEqual([
      'Whether Mayor Anna Lind resigned',
      'Whether the concert was postponed',
      'Whether the protest was peaceful',
    ]);
    expect(
      found({
        'a.txt': 'The fire at the depot was accidental, investigators said.',
        'b.txt': 'The depot fire was started deliberately, police believe.',
      }),
    ).toEqual(['Whether the fire was accidental']);
  });

  it('finds a thing intact against one damaged or breached (the gauge set)', () => {
    const intact = 'The ERA confirmed the case was intact when the gauge was recovered.';
    expect(found({ 'a.txt': intact, 'b.txt': 'The case had been damaged, with its lock forced.' })).toHaveLength(1);
    expect(
      found({ 'a.txt': 'Engineers said the dam remained intact.', 'b.txt': 'Floodwater breached the dam.' }),
    ).toHaveLength(1);
    expect(found({ 'a.txt': intact, 'b.txt': 'The gauge case appeared to be intact.' })).toEqual([]);
  });

  it('finds a vessel that sank against one still afloat (the yacht set)', () => {
    const sank = 'The coastguard confirmed that the trawler Sea Wren sank shortly after the crew were taken off.';
    const afloat = 'The trawler Sea Wren was still afloat on Thursday evening, the coastguard said.';
    expect(found({ 'a.txt': sank, 'b.txt': afloat })).toHaveLength(1);
    expect(found({ 'a.txt': afloat, 'b.txt': 'The trawler Sea Wren stayed afloat overnight.' })).toEqual([]);
  });

  it('reads the person named in an aside as the one a claim is about', () => {
    expect(
      found({
        'a.txt': 'The chief of staff, Leon Marsh, was sacked on Tuesday.',
        'b.txt': 'Leon Marsh, the chief of staff, resigned on Tuesday night.',
      }),
    ).toEqual(['Whether Leon Marsh was sacked']);
    // A list is no aside: nothing is said of Leon Marsh alone.
    expect(
      found({
        'a.txt': 'Leon Marsh, Ada Holm and Pia Lund were sacked on Tuesday.',
        'b.txt': 'Leon Marsh resigned on Tuesday night.',
      }),
    ).toEqual([]);
  });

  it('takes the article’s own words over a quotation it reports', () => {
    expect(
      found({
        'a.txt': 'The swollen reservoir breached its dam on Saturday.\n\n"The dam is holding," the company said.',
        'b.txt': 'The dam itself was not breached, engineers said.',
      }),
    ).toEqual(['Whether the dam was breached']);
  });

  it('reads "no homes", "none of the homes" and "no one" as denials, and "no one" as anybody hurt', () => {
    expect(
      found({ 'a.txt': 'No homes were damaged in the storm.', 'b.txt': 'Dozens of homes were damaged in the storm.' }),
    ).toEqual(['Whether the homes were damaged']);
    expect(
      found({ 'a.txt': 'No one was hurt in the blast.', 'b.txt': 'Two workers were injured in the blast.' }),
    ).toEqual(['Whether anyone was hurt']);
    expect(
      found({ 'a.txt': 'No patient records were stolen.', 'b.txt': 'Hackers stole the patient records.' }),
    ).toEqual(['Whether the patient records were stolen']);
    // Said of some of them, a denial denies nothing.
    expect(found({ 'a.txt': 'Most passengers survived the crash.', 'b.txt': 'Three passengers were killed.' })).toEqual(
      [],
    );
    expect(found({ 'a.txt': 'No one was hurt.', 'b.txt': 'Nobody was injured, police said.' })).toEqual([]);
  });

  it('reads damage kept small as no destruction: "slightly damaged", "minor damage to"', () => {
    expect(
      found({
        'a.txt': 'The blast caused minor damage to the school.',
        'b.txt': 'The school was destroyed in the blast.',
      }),
    ).toEqual(['Whether the school was destroyed']);
    expect(
      found({ 'a.txt': 'The school was damaged in the blast.', 'b.txt': 'The school was destroyed in the blast.' }),
    ).toEqual([]);
  });

  it('leaves a doubt, and an article that says both, alone', () => {
    expect(
      found({
        'a.txt': 'The fire was accidental, investigators said.',
        'b.txt': 'Police are investigating whether the fire was started deliberately.',
      }),
    ).toEqual([]);
    expect(
      found({
        'a.txt': 'The protest was peaceful.',
        'b.txt': 'The protest was peaceful at first. Later the protest turned violent.',
      }),
    ).toEqual([]);
  });
});

describe('headlines in Title Case', () => {
  it('reads a Title Case headline as if written in sentence case, names kept', () => {
    const found = findFacts(
      articlesOf({
        'a.txt':
          'Harl Dam Breach Forces Hundreds From Homes\n\nWater poured out of the reservoir overnight near the dam.',
        'b.txt': 'The Harl Dam itself was not breached, engineers said.',
      }),
      everyLine,
    ).disagreements;
    expect(found.map((fact) => [fact.fact, fact.values.map((value) => value.line)])).toEqual([
      ['Whether the Harl Dam was breached', [1, 1]],
    ]);
  });

  it('keeps the names of a Title Case line as names', () => {
    const [sentence] = readSentences(
      articlesOf({
        'a.txt':
          'Russian President Vladimir Putin And Chinese President Xi Jinping In Beijing\n\n' +
          'On Friday the president of Russia, Vladimir Putin, met Xi Jinping in Beijing.',
      }),
      everyLine,
    );
    expect(sentence?.tokens.filter((token) => token.pos === 'PROPN').map((token) => token.text)).toContain('Putin');
  });
});
