import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findCauseMentions } from '../../../../../src/main/generator/compare/causes.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Causes of one event from a closed list that rule each other out (causes.ts), in fires, explosions and blackouts,
// beside sentences that leave the cause open or give it as somebody else's view.

const causesIn = (text: string) =>
  sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
    findCauseMentions(sentence).map((mention) => `${mention.event}: ${mention.cause}`),
  );

describe('causes stated as such', () => {
  it('reads a cause in a frame of starting, sparking or causing', () => {
    expect(causesIn('The blaze started under a power line on the ridge road.')).toEqual(['fire: power line']);
    expect(causesIn('Officials said lightning sparked the bushfire on Tuesday.')).toEqual(['fire: lightning']);
    expect(causesIn('The explosion was caused by a gas leak in the basement.')).toEqual(['explosion: gas leak']);
    expect(causesIn('Police said arson caused the warehouse fire on 3 May.')).toEqual(['fire: arson']);
    expect(causesIn('The outage was triggered by an electrical fault at the substation.')).toEqual([
      'outage: power line',
    ]);
  });

  it('reads nothing where the cause is open, somebody else’s view, two causes, or a name', () => {
    expect(causesIn('Investigators are examining whether a power line sparked the blaze.')).toEqual([]);
    expect(causesIn('Detectives are following a possible arson lead in the fire.')).toEqual([]);
    expect(causesIn('Some residents blame the power line for the fire.')).toEqual([]);
    expect(causesIn('The fire started from either lightning or a power line.')).toEqual([]);
    expect(causesIn('The Regional Lightning Detection Network logged 212 strikes before the fire started.')).toEqual(
      [],
    );
    expect(causesIn('The fire was not caused by lightning.')).toEqual([]);
  });
});

describe('two causes of one event', () => {
  it('reports two articles that give one fire two causes, and leaves two articles that agree alone', () => {
    const found = findFacts(
      articlesOf({
        'a.txt': 'The wildfire began beneath a power line, the fire service said.',
        'b.txt': 'Lightning started the wildfire, according to the weather bureau.',
        'c.txt': 'The wildfire started under a power line near the highway.',
      }),
      everyLine,
    );
    const causes = found.disagreements.filter((fact) => fact.fact === 'Cause of the fire');
    expect(causes).toHaveLength(1);
    expect(causes[0]?.values.map((value) => value.file)).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    const agreeing = findFacts(
      articlesOf({
        'a.txt': 'The explosion was caused by a gas leak.',
        'b.txt': 'A gas leak caused the blast, the fire brigade said.',
        'c.txt': 'The blackout was caused by lightning.',
      }),
      everyLine,
    );
    expect(agreeing.disagreements.filter((fact) => fact.fact.startsWith('Cause of'))).toEqual([]);
  });
});
