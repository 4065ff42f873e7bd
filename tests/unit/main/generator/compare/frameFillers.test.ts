import { describe, expect, it } from 'vitest';
import { valuesOfTwo, findIn } from './compareTexts.ts';

// One statement told with one word changed, the word one of a closed set of values (a room, a side, a man or a
// woman, a compass point, who looks into it). The roof and the side are from the coach-crash set; the rest are a
// house fire, an arrest, a hospital fire, a crash and a ward's closure, none from the sets.

const claims = (a: string, b: string) => valuesOfTwo('claim', a, b).disagreements;

describe('a frame filled with two values of one closed set', () => {
  it('reports the room, the sex, the side and the wing told two ways', () => {
    const kitchen = 'Fire crews said the blaze started in the kitchen of the house on Elm Road shortly after midnight.';
    const garage = 'The fire started in the garage of the house on Elm Road, according to neighbours.';
    expect(claims(kitchen, garage)).toEqual([[kitchen, garage]]);
    const man = 'A man was arrested at the scene and taken to Carne police station.';
    const woman = 'A woman was arrested at the scene, police said.';
    expect(claims(man, woman)).toEqual([[man, woman]]);
    const roof = 'It fell about 20 metres and came to rest on its roof, according to Fellshire Police.';
    const side = 'The coach rolled over before coming to rest on its side.';
    expect(claims(roof, side)).toEqual([[roof, side]]);
    const east = 'Flames spread to the east wing of the hospital before crews brought them under control.';
    const west = 'Flames reached the western wing of the hospital before crews brought them under control.';
    expect(claims(east, west)).toEqual([[east, west]]);
    const fact = findIn({ 'a.txt': kitchen, 'b.txt': garage }).disagreements[0];
    expect(fact).toMatchObject({ kind: 'claim', fact: 'Which room: "kitchen" or "garage"' });
  });

  it('reports who looks into it, even where the two sentences agree on a title (from the prison-escape set)', () => {
    const independent =
      'Health Secretary Maria Holt said on Monday that the ward had been closed and that she had ordered an independent review.';
    const internal =
      'Health Secretary Maria Holt has ordered an internal review, to be led by the trust, due in March.';
    // Told once, in the words of the inquiry's own finder (whoInquires.ts), which the frame leaves to it.
    expect(claims(independent, internal)).toEqual([['independent review', 'internal review']]);
  });

  it('stays quiet where the articles agree, or an article gives both values', () => {
    const east = 'Flames spread to the east wing of the hospital before crews brought them under control.';
    expect(
      claims(east, 'Flames reached the eastern wing of the hospital before crews brought it under control.'),
    ).toEqual([]);
    const both = `The east wing was evacuated. ${east.replace('east wing', 'west wing')}`;
    expect(claims(both, east)).toEqual([]);
    expect(claims('A man and a woman were arrested at the scene.', 'A woman was arrested at the scene.')).toEqual([]);
  });

  it('needs more of a frame than one shared word, and reads no value in a name or a quotation', () => {
    expect(claims('Two men were arrested in Carne on Friday.', 'A woman was arrested in Holm on Saturday.')).toEqual(
      [],
    );
    expect(
      claims(
        'East Vale Ambulance Service said four of the injured were taken to Carne General.',
        'West Vale Ambulance Service said four of the injured were taken to Carne General.',
      ),
    ).toEqual([]);
    expect(
      claims(
        '"The car came to rest on its roof," said the driver, who was unhurt.',
        '"The car came to rest on its side," said the driver, who was unhurt.',
      ),
    ).toEqual([]);
  });
});
