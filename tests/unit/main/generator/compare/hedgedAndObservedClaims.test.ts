import { describe, expect, it } from 'vitest';
import { claimsIn, disputedClaims } from './claimsIn.ts';

// One predicate asserted in one article and denied in another, beyond a plain verb and its "not": a hedged
// account ("appears to have been toppled"), people kept where they were ("remained on board") against people
// taken off, and a thing seen against "no pollution had been detected". Sentences from the crane and ferry sets,
// beside look-alikes that must stay quiet.

describe('hedged accounts: "appears to have been", "is believed to have"', () => {
  it('reads the subject before the raising verb as the thing', () => {
    expect(
      claimsIn(
        'The crane appears to have been toppled by the wind before the ship reached it, according to two dockers who watched from the quay.',
      ),
    ).toContainEqual({ thing: 'crane', verb: 'toppled', denied: false });
    expect(claimsIn('The bridge is believed to have collapsed shortly after midnight.')).toContainEqual({
      thing: 'bridge',
      verb: 'collapsed',
      denied: false,
    });
  });

  it('takes nothing from what a picture appears to show', () => {
    const shown = claimsIn('A video shared online appears to show the crane toppling onto the ship.');
    expect(shown.filter((claim) => claim.thing === 'crane')).toEqual([]);
  });

  it('finds the same predicate hedged in one article and denied in another', () => {
    expect(
      disputedClaims({
        'ebc.txt': 'The crane appears to have been toppled by the wind before the ship reached it.',
        'boxline.txt':
          'Contrary to early reports, the crane did not topple: the legs and portal frame are still standing.',
      }),
    ).toEqual(['Whether the crane was toppled']);
    expect(
      disputedClaims({
        'ebc.txt': 'The crane appears to have been toppled by the wind before the ship reached it.',
        'wire.txt': 'Witnesses said the crane toppled onto the deck of the feeder ship.',
      }),
    ).toEqual([]);
  });
});

describe('people kept where they were, against people taken off', () => {
  it('reads "remained on board", "kept aboard", "stayed put" as not moved, and a bare "stayed" as nothing', () => {
    expect(
      claimsIn('Passengers remained on board for almost four hours until the ferry was refloated.'),
    ).toContainEqual({
      thing: 'Passengers',
      verb: 'remained on board',
      denied: false,
    });
    expect(claimsIn('Passengers were kept aboard until the vessel refloated on the flood tide.')).toContainEqual({
      thing: 'Passengers',
      verb: 'kept aboard',
      denied: false,
    });
    expect(claimsIn('Prices stayed high all week.').filter((claim) => claim.denied)).toEqual([]);
    // Told to stay is not staying.
    expect(claimsIn('Residents were told to stay indoors.')).toEqual([]);
  });

  it('finds passengers kept aboard against passengers plucked from the ferry, and nothing between two who agree', () => {
    expect(
      disputedClaims({
        'standard.txt': 'Passengers remained on board for almost four hours until the ferry was refloated.',
        'flare.txt':
          'TERRIFIED passengers were plucked from a stricken ferry by lifeboat crews after it smashed into rocks.',
        'tideline.txt':
          'Passengers were kept aboard until the vessel refloated on the flood tide nearly six hours later.',
      }),
    ).toEqual(['Whether the passengers remained on board or were plucked']);
    expect(
      disputedClaims({
        'standard.txt': 'Passengers remained on board for almost four hours until the ferry was refloated.',
        'nctv.txt': 'Passengers stayed on board for just under four hours until the ship was refloated.',
        'flare.txt': 'More than 200 passengers rescued after stricken vessel grounds just 800 metres from harbour.',
      }),
    ).toEqual([]);
  });
});

describe('a thing seen, against none detected', () => {
  it('reads a passive verb of seeing as the thing being there, and the one who saw as nothing', () => {
    expect(claimsIn('A thin diesel sheen was seen around the hull on Monday morning.')).toContainEqual({
      thing: 'thin diesel sheen',
      verb: 'seen',
      denied: false,
    });
    expect(claimsIn('The agency added that no pollution had been detected around the vessel.')).toContainEqual({
      thing: 'pollution',
      verb: 'detected',
      denied: true,
    });
    expect(claimsIn('I saw handshakes, not fists.')).toEqual([]);
    expect(claimsIn('The vote was seen as a victory for the mayor.').filter((claim) => claim.verb === 'seen')).toEqual(
      [],
    );
  });

  it('lets a kind of pollution seen contradict "no pollution", never the reverse', () => {
    expect(
      disputedClaims({
        'nctv.txt': 'The agency added that no pollution had been detected around the vessel.',
        'tideline.txt': 'A thin diesel sheen was seen around the hull on Monday morning, the agency confirmed.',
      }),
    ).toEqual(['Whether any pollution was detected']);
    expect(
      disputedClaims({
        'nctv.txt': 'Some pollution was detected around the vessel.',
        'tideline.txt': 'No diesel sheen was seen around the hull.',
      }),
    ).toEqual([]);
  });
});

describe('people called out: "police were called" against "police were not called"', () => {
  it('reads a passive "called" with nothing after it that names or asks as a call-out', () => {
    expect(claimsIn('Firefighters were called to the warehouse shortly after 3am.')).toContainEqual({
      thing: 'Firefighters',
      verb: 'called',
      denied: false,
    });
    expect(claimsIn('The club said that police were not called at any point during the match.')).toContainEqual({
      thing: 'police',
      verb: 'called',
      denied: true,
    });
    for (const other of [
      'The striker was called a cheat by the home fans.',
      'The final was called off because of the storm.',
      'Ministers were called on to resign after the report.',
      'The new stadium will be called Riverside Park.',
      'Two witnesses were called to give evidence on Tuesday.',
    ]) {
      expect(claimsIn(other).map((claim) => claim.verb)).not.toContain('called');
    }
  });

  it('finds a call-out told in one article and denied in another, worded for the plural "police"', () => {
    expect(
      disputedClaims({
        'post.txt': 'Police were called as fans spilled onto the pitch after the final whistle.',
        'echo.txt': 'A club spokesman said police were not called to the ground at any point.',
      }),
    ).toEqual(['Whether the police were called']);
    expect(
      disputedClaims({
        'post.txt': 'Police were called as fans spilled onto the pitch after the final whistle.',
        'echo.txt': 'Officers from the county force were called to the ground at about 5pm.',
      }),
    ).toEqual([]);
  });
});
