import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// A guess in the writer's own voice is speculation; the same word inside a quotation or after "X said" is X's.

const speculation: [string, string][] = [
  ['The economy is likely to shrink next year.', 'is likely to'],
  ['Russia appears to be moving troops closer to the border.', 'appears to'],
  ['The merger could cost thousands of jobs.', 'could'],
  ['The decision will probably face legal challenges.', 'probably'],
  ['The figures may not add up.', 'may'],
  ['Rebels seem to have taken control of the airport.', 'seem to'],
  ['The vote is unlikely to change the outcome.', 'is unlikely to'],
  ['Could China be next?', 'Could'],
  [
    'They also said they will "continue cooperation in the Arctic," which could have far-reaching impacts on global security.',
    'could',
  ],
  ['The blaze appears to have been started deliberately.', 'appears to'],
  ['The wall seems to have cracked during the night.', 'seems to'],
  ['It appears that the pumps failed before the storm.', 'It appears'],
  ['It is possible that the levee was already weakened.', 'It is possible'],
  ['A second collapse cannot be ruled out.', 'cannot be ruled out'],
  ['The repairs could top $50 million.', 'could'],
  ['In all likelihood, the crack formed years ago.', 'all likelihood'],
  ['The apparent cause was a blocked drain.', 'apparent cause'],
  // The writer's guess in one clause outweighs the named source of another: it is what a reader should notice.
  ['In comments that could worry investors, the chief executive said sales had stalled.', 'could'],
  ['The cuts would almost certainly fall hardest on the poorest wards.', 'almost certainly'],
  ['The decision looks set to trigger legal action.', 'looks set to'],
  // A condition is not an attribution: nobody has asked yet.
  ['Shares could fall further if regulators ask for more data.', 'could'],
];

const notSpeculation = [
  '"It might rain tomorrow," she joked.',
  'Investors may have overreacted, said Jane Smith, an economist at Barclays.',
  'Putin and other Russian officials have previously said they could take unspecified military measures.',
  'The team could not find the missing hikers.',
  'The company announced record profits in May.',
  'In May, the company announced record profits.',
  'Putin won support for his stance and any help it might get from the alliance.',
  'The country showed its military might in a parade.',
  'From the bridge, residents could see the water rising.',
  'It is possible to cross the river at low tide.',
  'The council discussed the possible closure of the road.',
  'Repairs could take months, the council said.',
  'The council is set to vote on Tuesday.',
];

describe('speculation in the writer’s own voice', () => {
  it.each(speculation)('finds "%s" speculative on "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('speculation');
    expect(verdict.cue).toBe(cue);
  });

  it.each(notSpeculation)('does not call "%s" the writer’s speculation', (sentence) => {
    expect(judgeOne(sentence).kind).not.toBe('speculation');
  });
});
