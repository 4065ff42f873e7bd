import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { mentionsBySentence } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { articlesOf, everyLine, findIn, valuesOfTwo } from './compareTexts.ts';

// A bare figure that opens its clause as the subject of a passive ("Twenty-six were refloated") counts what its
// article counted last, in its paragraph or one before (the whale set). Said here of homes after a storm. A part of
// a group named after "were" ("At least eight of the dead were calves") counts what is named; what befell a part of
// the hurt ("Six of the injured were taken to hospital", the golf set) is counted as for "six of them".

function units(text: string): string[] {
  return mentionsBySentence(readSentences(articlesOf({ 'a.txt': text }), everyLine))
    .flat()
    .map((figure) => `${figure.text}|${figure.unit}`);
}

describe('a bare figure as the subject of a passive', () => {
  it('counts the thing the article counted last, even a paragraph before', () => {
    expect(units('The storm damaged 40 homes in Carnby.\n\nTwelve were declared unsafe on Sunday.')).toEqual([
      '40|home',
      'Twelve|home',
    ]);
    expect(units('The storm damaged 40 homes, and 12 were later declared unsafe.')).toEqual(['40|home', '12|home']);
  });

  it('passes over a count of what befell people, and reads no figure without a passive or a count before', () => {
    expect(units('Forty homes flooded and three people died.\n\nTwelve were declared unsafe.')).toContain(
      'Twelve|home',
    );
    expect(units('Twelve were declared unsafe on Sunday.')).toEqual([]);
    expect(units('The storm damaged 40 homes in Carnby.\n\nTwelve remain empty.')).toEqual(['40|home']);
  });

  it('sets such a figure against another article’s count of the same thing', () => {
    const a = 'The storm damaged 40 homes in Carnby. Twelve were declared unsafe by engineers on Sunday.';
    const b = 'Engineers declared 15 homes unsafe after the storm.';
    expect(valuesOfTwo('number', a, b).disagreements).toContainEqual(['Twelve', '15']);
    // The fact is asked about in the words of the figure that names what it counts.
    const fact = findIn({ 'a.txt': a, 'b.txt': b }).disagreements.find((found) => found.kind === 'number');
    expect(fact?.fact).toMatch(/^How many homes/);
  });
});

describe('a part of a group named after "were"', () => {
  it('counts the plural noun after "were", and leaves a state after it alone', () => {
    expect(units('Two of the victims were young children.')).toEqual(['Two|child']);
    expect(units('Seven of the injured were seriously hurt.')).toEqual(['Seven|seriously injured']);
    expect(units('Three of the injured were elderly.')).toEqual([]);
  });

  it('counts what befell a part of the hurt as it counts "three of them"', () => {
    expect(units('Three of the injured were taken to hospital.')).toEqual(['Three|hospitalised']);
    expect(units('Two of the injured later died in hospital.')).toEqual(['Two|killed']);
    const a = 'Eleven of the injured were taken to hospital, the ambulance service said.';
    const b = 'Fourteen workers were hurt; nine of them were taken to hospital.';
    expect(valuesOfTwo('number', a, b).disagreements).toContainEqual(['Eleven', 'nine']);
  });

  it('sets it against another article’s count of the same', () => {
    const a = 'Inspectors seized 30 dogs from the farm. At least four of the dogs were puppies, the charity said.';
    const b = 'Inspectors seized 30 dogs from the farm. Among the dogs were six puppies.';
    expect(valuesOfTwo('number', a, b).disagreements).toContainEqual(['At least four', 'six']);
  });
});
