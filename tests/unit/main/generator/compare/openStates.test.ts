import { describe, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween } from './compareTexts.ts';

// A place told open in one article and closed in another as both are written: roads, border crossings, libraries,
// hospital units. A closing in the past, an opening to come, a cordon or a maybe says nothing of the state now.

describe('open or closed now', () => {
  it('reports a place open in one article and closed in another', () => {
    const open = 'The border crossing at Velk is still open to lorries, customs officials said.';
    const shut = 'The border crossing at Velk has been shut since Monday.';
    expectOneClaimBetween(open, shut);
    const remains = 'Harbour Road remains closed while engineers inspect the sea wall.';
    const reopened = 'Harbour Road is open again, the council said on Tuesday.';
    expectOneClaimBetween(remains, reopened);
    const library = 'The central library will stay open until 8pm for people without heating.';
    const notOpen = 'The central library is not open to the public this week.';
    expectOneClaimBetween(library, notOpen);
  });

  it('reads an A&E as an emergency unit', () => {
    const ae = 'The A&E unit at Kelby General has been closed since the weekend.';
    const emergency = 'The emergency unit at Kelby General remains open to walk-in patients.';
    expectOneClaimBetween(ae, emergency);
  });

  it('stays quiet when the articles agree, or tell of another time, another place or a maybe', () => {
    expectNoClaimBetween(
      'The airport remains closed after the snowfall.',
      'The airport is still shut, the operator said.',
    );
    expectNoClaimBetween('The runway was closed on Tuesday morning.', 'The runway is open, the airport said.');
    expectNoClaimBetween('The leisure centre will open on Monday.', 'The leisure centre is closed.');
    expectNoClaimBetween('Police said the street was closed off for hours.', 'The street is open to traffic.');
    expectNoClaimBetween('The bridge could remain closed for months.', 'The bridge is open to pedestrians.');
    expectNoClaimBetween('The north terminal is closed to passengers.', 'The south terminal remains open.');
  });
});
