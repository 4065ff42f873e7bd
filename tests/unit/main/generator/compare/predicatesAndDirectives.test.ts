import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { contradicts, findPredicateClaims } from '../../../../../src/main/generator/compare/predicateClaims.ts';
import { findDirectives } from '../../../../../src/main/generator/compare/directives.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Something said to have happened to a thing, stated or denied; and what people were told to do, and how firmly.

function claims(text: string): { thing: string; verb: string; denied: boolean }[] {
  return sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findPredicateClaims(sentence))
    .map((claim) => ({ thing: claim.phraseText, verb: claim.verbText, denied: claim.denied }));
}

function claimAbout(text: string, thing: string) {
  const found = sentencesOfLine('a.txt', 1, text)
    .flatMap((sentence) => findPredicateClaims(sentence))
    .filter((claim) => claim.phraseText.endsWith(thing));
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('findPredicateClaims', () => {
  it('reads what underwent the verb: a passive subject, an intransitive subject, an active object', () => {
    expect(claims('The dam itself was not breached, officials said.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: true,
    });
    expect(claims('The dam burst shortly after 4am.')).toContainEqual({ thing: 'dam', verb: 'burst', denied: false });
    expect(claims('Floodwater breached the dam early on Sunday.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: false,
    });
    expect(claims('Water broke through the dam overnight.')).toContainEqual({
      thing: 'dam',
      verb: 'broke',
      denied: false,
    });
    expect(claims('Photos showed the breached dam from above.')).toContainEqual({
      thing: 'dam',
      verb: 'breached',
      denied: false,
    });
    expect(claims('The dam was overtopped but not breached.')).toContainEqual({
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
    expect(claims('The bridge was not only damaged but partly swept away.')).toEqual([
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
        claims(text).filter((claim) => /dam|bridge/.test(claim.thing)),
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
