import { describe } from 'vitest';
import { itFlagsOnlyThese } from './flaggedCases.ts';

// Flagged claims first met on the airport-outage and doping-ban pages, written here in other domains' words
// (business, courts, politics, health, sport): a record with its owner before it, a thing shown to no one, a
// source that could not be traced, a figure whose origin nobody knows, grounds for certainty not given. And the
// clean cases beside them, which must not be flagged.

const flagged: [string, string][] = [
  ["The airport has not published the supplier's incident report.", "has not published the supplier's incident report"],
  [
    "The ministry did not release the contractor's inspection records.",
    "did not release the contractor's inspection records",
  ],
  ["Her camp blames a rogue tub of protein powder but hasn't shown anyone the tub.", "hasn't shown anyone the tub"],
  [
    'The landlord says the repairs were done but has not shown inspectors the invoices.',
    'has not shown inspectors the invoices',
  ],
  [
    'The party says it has a signed pledge, but it has not shown reporters the document.',
    'has not shown reporters the document',
  ],
  [
    'A post claims a second player failed a test; we could not trace it to any official source.',
    'could not trace it to any official source',
  ],
  ['Reporters were unable to find an independent source for the figure.', 'were unable to find an independent source'],
  ["Where that number comes from is anyone's guess.", "Where that number comes from is anyone's guess"],
  ['How the figure came from the ministry remains unclear.', 'How the figure came from the ministry remains unclear'],
  [
    "The bank insists no savings were lost, but it wouldn't say how it could be sure.",
    "wouldn't say how it could be sure",
  ],
  // Shapes of the launch-failure page: a record of any kind, none given or seen that would bear the claim out.
  [
    'The mine operator has released no sensor logs that would confirm this.',
    'released no sensor logs that would confirm',
  ],
  ['The Gazette has seen nothing to show the pumps failed.', 'seen nothing to show'],
  // Shapes of the rate-decision page: the record itself is the subject, and its verb points back at the claim.
  [
    'The mayor said footfall had doubled, though no attendance records published by the council show that.',
    'no attendance records published by the council show that',
  ],
  ['The union says members were never consulted; no records support the claim.', 'no records support the claim'],
  // A phrasal verb of producing (the resignation set): "come up with".
  ['Nobody has come up with any proof of that.', 'Nobody has come up with any proof'],
  ['The landlord has not come up with the receipts he says exist.', 'has not come up with the receipts'],
];

const clean = [
  'Police said there was nothing to suggest foul play.',
  'No figures show a rise in burglaries since the spring, the police said.',
  'No records were broken at the meeting, and the data show that clearly.',
  'The club has shown nothing for its money this season.',
  'The firm has published no accounts since 2019.',
  'The council has released no date for the reopening.',
  "She has not seen her neighbour's report.",
  'The mayor has not shown anyone around the new stadium yet.',
  'The club has shown reporters the new training ground.',
  'Where the water comes from is a spring in the hills.',
  'The minister did not say how sure she was of the date.',
  'Engineers traced the fault to a loose cable.',
  'The team has come up with a new plan for the stadium.',
  'She has not come up with the money for the deposit.',
];

describe('flagged claims in the airport and doping pages’ shapes, in other words', () => {
  itFlagsOnlyThese(flagged, clean);
});
